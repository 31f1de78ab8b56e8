import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import type { GrantDetail } from "@/lib/grants/types";

/** What the grant is: who receives it, under which programme, and any eligibility warnings accepted. */
export async function GrantFacts({ grant, locale }: { grant: GrantDetail; locale: AppLocale }) {
  const t = await getTranslations("Grants");
  const rows: [string, React.ReactNode][] = [
    [t("detail.cooperative"), <Link key="c" href={`/admin/cooperatives/${grant.cooperative.id}`} className="text-brand-800 underline">{grant.cooperative.name}</Link>],
    [t("detail.phase"), grant.phase],
    [t("detail.programme"), grant.programme],
    [t("detail.axis"), grant.axis ?? t("detail.noAxis")],
    [t("detail.titleAr"), <span key="ar" lang="ar" dir="rtl">{grant.titleAr}</span>],
    [t("detail.titleFr"), <span key="fr" lang="fr" dir="ltr">{grant.titleFr}</span>],
    [t("detail.approvedOn"), formatCalendarDate(grant.approvedOn, locale)],
    [t("detail.status"), t(`status.${grant.status}` as "status.APPROVED")],
  ];
  const ack = grant.acknowledgement;
  return (
    <section aria-labelledby="grant-facts" className="space-y-3">
      <h2 id="grant-facts" className="text-xl font-bold text-brand-800">{t("detail.facts")}</h2>
      <dl className="grid gap-x-6 gap-y-2 rounded-md bg-white p-4 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {ack && (
        <div className="rounded-md border border-ochre-700/50 bg-ochre-100 p-4" data-testid="acknowledged-warnings">
          <h3 className="font-bold">{t("detail.acknowledged")}</h3>
          <ul className="list-disc ps-5">
            {ack.codes.map((code) => (
              <li key={code}>{t.has(`warningCodes.${code}` as "warningCodes.indhShareAboveMax") ? t(`warningCodes.${code}` as "warningCodes.indhShareAboveMax") : code}</li>
            ))}
          </ul>
          {ack.at && <p className="text-sm">{t("detail.acknowledgedBy", { name: ack.by ?? "—", time: formatDateTime(ack.at, locale) })}</p>}
        </div>
      )}
    </section>
  );
}
