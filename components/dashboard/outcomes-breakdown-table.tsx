import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { OUTCOME_INDICATORS, type OutcomeFigures } from "@/lib/dashboards/outcome-types";
import { STATES_NEEDING_ATTENTION } from "@/lib/visits/schema";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { FiguresBreakdownTable, type BreakdownRow } from "@/components/dashboard/figures-breakdown-table";

type Row = BreakdownRow<OutcomeFigures>;
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
  // Eleven columns with long names: wide enough that headers wrap on two or three lines, scrolled inside the region on a phone.
  return <FiguresBreakdownTable caption={caption} dimension={dimension} testId={testId} headers={headers} cells={cells} rows={rows} total={total} pathname={pathname} filters={filters} links={links} tableClassName="min-w-[64rem]" />;
}
