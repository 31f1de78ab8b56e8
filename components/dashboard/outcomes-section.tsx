import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { Outcomes } from "@/lib/dashboards/outcome-types";
import { PROJECT_STATES } from "@/lib/visits/schema";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import { capitalise } from "@/lib/exports/measures";
import { BarRow } from "@/components/charts/bar-rows";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { chartDir, chartSummary } from "@/components/charts/chart-props";
import { seriesColor } from "@/components/charts/palette";
import { FigureCard } from "@/components/figures/figure-card";
import { OutcomesBreakdownTable, perJobText } from "@/components/dashboard/outcomes-breakdown-table";
import { OutcomesZonePhaseTable } from "@/components/dashboard/outcomes-zone-phase-table";

type Props = { outcomes: Outcomes; locale: AppLocale; pathname: string; filters: DashboardFilters; print?: boolean };

/**
 * What the money produced, beside the money: jobs created against the baselines, the INDH cost of a job,
 * the state each project was last found in and the follow-up of visits, then the same by zone and phase.
 * The definitions are lib/dashboards/outcome-types.ts's, written out for the reader under the figures.
 */
export async function OutcomesSection({ outcomes, locale, pathname, filters, print = false }: Props) {
  const t = await getTranslations("DashboardOutcomes");
  const d = await getTranslations("Dashboard");
  const v = await getTranslations("Visits");
  const dt = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const total = outcomes.total;
  const jobs = total.indicators.jobs;
  const signed = (n: number) => formatCount(n, locale, { signed: true });
  const overdueDate = formatCalendarDate(outcomes.overdueBefore, locale);
  const dir = chartDir(locale);
  // One bar per latest state, then the grants never visited: together, every grant counted.
  const bars = [
    ...PROJECT_STATES.map((s, i) => ({ key: s, label: v(`states.${s}`), value: total.byState[s], color: seriesColor(i < 3 ? 0 : 1) })),
    { key: "NEVER_VISITED", label: t("columns.neverVisited"), value: total.neverVisited, color: seriesColor(2) },
  ];
  const max = BigInt(Math.max(0, ...bars.map((b) => b.value)));
  const statesTable = (
    <DataTable
      caption={t("statesCaption")}
      headers={[t("columns.state"), t("columns.grants"), t("columns.share")]}
      rows={bars.map((b) => ({ key: b.key, label: b.label, values: [formatCount(b.value, locale), formatShare(BigInt(b.value), BigInt(total.grants), locale)] }))}
      total={{ key: "total", label: d("total"), values: [formatCount(total.grants, locale), formatShare(BigInt(total.grants), BigInt(total.grants), locale)] }}
    />
  );
  return (
    <section aria-labelledby="outcomes" className="space-y-4" data-testid="outcomes">
      <h2 id="outcomes" className="text-2xl font-bold text-brand-800">{t("title")}</h2>
      <p className="text-slate-800">{t("lead")}</p>
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-3" data-testid="outcomes-headline">
        <FigureCard label={t("created.jobs")} value={signed(jobs.created)}
          detail={t("jobsDetail", { women: signed(total.indicators.jobsWomen.created), young: signed(total.indicators.jobsYoung.created) })} />
        <FigureCard label={t("columns.measuredGrants")} value={formatCount(jobs.measuredGrants, locale)}
          detail={t("measuredDetail", { measured: formatCount(jobs.measuredGrants, locale), total: formatCount(total.grants, locale) })} />
        <FigureCard label={t("columns.indhPerJob")} value={perJobText(total, locale)}
          detail={total.indhPerJobCentimes === null ? t("noJobCreated") : t("perJobDetail", { amount: formatMoney(total.measuredIndhCentimes, locale), jobs: formatCount(jobs.created, locale) })} />
        <FigureCard label={t("columns.neverVisited")} value={formatCount(total.neverVisited, locale)} />
        <FigureCard label={t("columns.overdue")} value={formatCount(total.overdue, locale)} detail={t("overdueBefore", { date: overdueDate })} />
      </dl>
      <ChartFigure title={t("chartTitle")} summary={chartSummary(t("chartTitle"), bars.map((b) => `${b.label} ${formatCount(b.value, locale)}`), locale, dt, bars.length)} t={dt} table={statesTable} tableOpen={print}>
        {/* The picture is hidden from assistive technology; the table holds the same figures. */}
        <div aria-hidden="true" dir={dir} className="min-w-0 space-y-1">
          {bars.map((b) => (
            <BarRow key={b.key} label={b.label} valueText={formatCount(b.value, locale)} value={BigInt(b.value)} max={max} color={b.color} dir={dir} name={`${b.label}: ${formatCount(b.value, locale)}`} />
          ))}
        </div>
      </ChartFigure>
      <OutcomesZonePhaseTable outcomes={outcomes} locale={locale} pathname={pathname} filters={filters} links={!print} />
      <OutcomesBreakdownTable caption={t("byZoneCaption")} dimension={capitalise(d("dimensions.zone"), locale)} testId="outcomes-by-zone" locale={locale} pathname={pathname} filters={filters} links={!print}
        rows={outcomes.byZone.map((r) => ({ key: r.key, label: d(`zone.${r.zone}`), figures: r.figures, change: { zone: r.zone } }))} total={total} />
      <OutcomesBreakdownTable caption={t("byPhaseCaption")} dimension={capitalise(d("dimensions.phase"), locale)} testId="outcomes-by-phase" locale={locale} pathname={pathname} filters={filters} links={!print}
        rows={outcomes.byPhase.map((r) => ({ key: r.key, label: r.label, figures: r.figures, change: { phaseId: r.phaseId } }))} total={total} />
      <details className="text-sm text-slate-800" open={print}>
        <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("definitions.title")}</summary>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {(["jobs", "perJob", "state", "overdue"] as const).map((key) => (
            <li key={key}>{t(`definitions.${key}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
