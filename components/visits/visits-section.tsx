import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { GrantFollowUp } from "@/lib/visits/queries";
import { StateBadge } from "@/components/visits/state-badge";

const buttonClass = "no-print rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

/** The grant page's follow-up: the baseline at approval and the visits, newest first. */
export async function VisitsSection({ grantId, followUp, canWrite, locale }: { grantId: number; followUp: GrantFollowUp; canWrite: boolean; locale: AppLocale }) {
  const t = await getTranslations("Visits");
  const { baseline, visits } = followUp;
  const n = (v: number | null) => (v === null ? "—" : formatCount(v, locale));
  return (
    <section aria-labelledby="follow-up" className="space-y-4" data-testid="follow-up">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="follow-up" className="text-xl font-bold text-brand-800">{t("section.title")}</h2>
        {canWrite && <Link href={`/admin/grants/${grantId}/visits/new`} className={buttonClass}>{t("section.record")}</Link>}
      </div>
      <div className="space-y-2 rounded-md bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h3 className="font-bold">{t("section.baseline")}</h3>
          {canWrite && (
            <Link href={`/admin/grants/${grantId}/baseline`} className="text-brand-700 underline">{baseline ? t("section.editBaseline") : t("section.addBaseline")}</Link>
          )}
        </div>
        {baseline ? (
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-3" data-testid="baseline">
            {([
              ["jobs", n(baseline.jobs)], ["jobsWomen", n(baseline.jobsWomen)], ["jobsYoung", n(baseline.jobsYoung)], ["members", n(baseline.members)],
              ["annualRevenue", formatMoney(baseline.annualRevenueCentimes, locale)],
              ["productionQuantity", `${n(baseline.productionQuantity)} ${locale === "ar" ? baseline.productionUnitAr : baseline.productionUnitFr}`],
            ] as const).map(([key, value]) => (
              <div key={key}>
                <dt className="text-sm text-slate-700">{t(`form.${key}`)}</dt>
                <dd className="font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-slate-700">{t("section.noBaseline")}</p>
        )}
      </div>
      {visits.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-slate-700">{t("section.noVisits")}</p>
      ) : (
        <ul className="space-y-2" data-testid="visits">
          {visits.map((v) => (
            <li key={v.id} className="space-y-1 rounded-md bg-white p-4">
              <div className="flex flex-wrap items-center gap-3">
                <Link href={`/admin/visits/${v.id}`} className="font-semibold text-brand-800 underline">{formatCalendarDate(v.visitedOn, locale)}</Link>
                <StateBadge state={v.projectState} />
                {v.photoCount > 0 && <span className="text-sm text-slate-700">{t("section.photos", { count: v.photoCount })}</span>}
              </div>
              <p className="text-sm text-slate-700">{v.visitors}</p>
              {v.jobs !== null && (
                <p className="text-sm">
                  {baseline
                    ? t("section.jobsWithChange", { jobs: n(v.jobs), change: formatCount(v.jobs - baseline.jobs, locale, { signed: true }) })
                    : t("section.jobsAtVisit", { jobs: n(v.jobs) })}
                </p>
              )}
              {v.milestoneLabel && <p className="text-sm">{t("section.milestoneReached", { milestone: v.milestoneLabel })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
