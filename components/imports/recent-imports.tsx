import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/money";
import type { ImportBatchSummary } from "@/lib/imports/queries";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function RecentImports({ batches, locale }: { batches: ImportBatchSummary[]; locale: AppLocale }) {
  const t = await getTranslations("Imports");
  return (
    <section aria-labelledby="recent-heading" className="space-y-2">
      <h2 id="recent-heading" className="text-xl font-bold">{t("recent.heading")}</h2>
      {batches.length === 0 ? (
        <p className="rounded-md bg-white p-4">{t("recent.empty")}</p>
      ) : (
        <ScrollRegion label={t("recent.heading")}>
          <table className="w-full bg-white text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                {(["date", "file", "kind", "by", "status", "rows"] as const).map((c) => <th key={c} scope="col" className="p-2 text-start">{t(`recent.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id} className="border-b border-slate-200">
                  <td className="p-2">{formatDateTime(b.createdAt, locale)}</td>
                  <td className="p-2"><Link href={`/admin/imports/${b.id}`} className="text-brand-700 underline"><bdi>{b.fileName}</bdi></Link></td>
                  <td className="p-2">{t(`kinds.${b.kind}`)}</td>
                  <td className="p-2"><bdi>{b.userEmail}</bdi></td>
                  <td className="p-2">{t(`status.${b.status}`)}</td>
                  <td className="p-2">{formatCount(b.totalRows, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
