import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardHref, type DashboardFilterChange } from "@/lib/dashboards/filter-url";
import { OUTCOME_INDICATORS, type OutcomeFigures } from "@/lib/dashboards/outcome-types";
import { STATES_NEEDING_ATTENTION } from "@/lib/visits/schema";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Row = { key: string; label: string; figures: OutcomeFigures; change: DashboardFilterChange };
type Props = {
  caption: string;
  dimension: string;
  testId: string;
  rows: Row[];
  total: OutcomeFigures;
  locale: AppLocale;
  pathname: string;
  filters: DashboardFilters;
  links: boolean;
};

/** The INDH cost of a job created, or a dash where the grants measured created no net job. */
export function perJobText(f: OutcomeFigures, locale: AppLocale): string {
  return f.indhPerJobCentimes === null ? "—" : formatMoney(f.indhPerJobCentimes, locale);
}

/** One row per zone or phase: grants, measured grants, jobs created, the cost per job and the follow-up. */
export async function OutcomesBreakdownTable({ caption, dimension, testId, rows, total, locale, pathname, filters, links }: Props) {
  const t = await getTranslations("DashboardOutcomes");
  const d = await getTranslations("Dashboard");
  const cells = (f: OutcomeFigures) => [
    formatCount(f.grants, locale),
    formatCount(f.indicators.jobs.measuredGrants, locale),
    ...OUTCOME_INDICATORS.map((i) => formatCount(f.indicators[i].created, locale, { signed: true })),
    formatMoney(f.measuredIndhCentimes, locale),
    perJobText(f, locale),
    formatCount(STATES_NEEDING_ATTENTION.reduce((n, s) => n + f.byState[s], 0), locale),
    formatCount(f.neverVisited, locale),
    formatCount(f.overdue, locale),
  ];
  const headers = [
    t("columns.grants"),
    t("columns.measuredGrants"),
    ...OUTCOME_INDICATORS.map((i) => t(`created.${i}`)),
    t("columns.measuredIndh"),
    t("columns.indhPerJob"),
    t("columns.needingAttention"),
    t("columns.neverVisited"),
    t("columns.overdue"),
  ];
  const line = (key: string, label: React.ReactNode, values: string[], isTotal = false) => (
    <tr key={key} className={isTotal ? "border-t-2 border-brand-600 font-bold" : "border-b border-slate-100"}>
      <th scope="row" className="p-2 text-start font-normal">{label}</th>
      {values.map((v, i) => (
        <td key={i} className="p-2 text-end whitespace-nowrap tabular-nums">{v}</td>
      ))}
    </tr>
  );
  return (
    <ScrollRegion label={caption}>
      {/* Eleven columns with long names: wide enough that headers wrap on two or three lines, scrolled inside the region on a phone. */}
      <table className="w-full min-w-[64rem] border-collapse text-sm" data-testid={testId}>
        <caption className="mb-2 text-start font-semibold text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50 align-bottom">
            <th scope="col" className="p-2 text-start">{dimension}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="p-2 text-end">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            line(r.key, links ? <a href={dashboardHref(pathname, filters, r.change)} className="font-semibold text-brand-800 underline">{r.label}</a> : r.label, cells(r.figures)),
          )}
          {line("total", <span className="font-bold">{d("total")}</span>, cells(total), true)}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
