import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";
import type { ApplicationDocumentRow } from "@/lib/screening/types";
import { Section } from "@/components/screening/fact-list";

/**
 * The attached files, each downloaded through the staff-only route. A plain <a download>: the i18n Link
 * would prefetch and route it as a page.
 */
export async function ApplicationDocuments({ applicationId, documents, locale }: { applicationId: number; documents: ApplicationDocumentRow[]; locale: AppLocale }) {
  const t = await getTranslations("Screening.detail");
  return (
    <Section id="application-documents" title={t("documents")}>
      {documents.length === 0 ? (
        <p className="rounded-md bg-white p-4">{t("noDocuments")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md bg-white">
          {documents.map((d) => {
            const label = d.label ?? t("otherDocument");
            return (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-semibold">{label}</span>
                  <span className="block text-sm text-slate-600"><bdi>{d.fileName}</bdi> · {t("fileSize", { size: formatCount(Math.max(1, Math.round(d.sizeBytes / 1024)), locale) })}</span>
                </span>
                <a href={`/${locale}/admin/applications/${applicationId}/documents/${d.id}`} download aria-label={t("downloadLabel", { label, file: d.fileName })} className="rounded-md border border-brand-700 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
                  {t("download")}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
