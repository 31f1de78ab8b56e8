// The measures a chart or a table column can show, shared by the charts and the exports so that a
// column is labelled, valued and formatted the same way everywhere.
import type { DashboardTotals } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";

export type MoneyMeasure =
  | "totalCostCentimes"
  | "indhContributionCentimes"
  | "partnersContributionCentimes"
  | "beneficiaryContributionCentimes"
  | "tranchesPlannedCentimes"
  | "tranchesPaidCentimes";
export type Measure = "grants" | MoneyMeasure;

/** Column order of every breakdown table and export. */
export const MEASURES: readonly Measure[] = [
  "grants",
  "totalCostCentimes",
  "indhContributionCentimes",
  "partnersContributionCentimes",
  "beneficiaryContributionCentimes",
  "tranchesPlannedCentimes",
  "tranchesPaidCentimes",
];

/** Key under Dashboard.measures. */
export const MEASURE_MESSAGE: Record<Measure, string> = {
  grants: "grants",
  totalCostCentimes: "totalCost",
  indhContributionCentimes: "indhContribution",
  partnersContributionCentimes: "partnersContribution",
  beneficiaryContributionCentimes: "beneficiaryContribution",
  tranchesPlannedCentimes: "tranchesPlanned",
  tranchesPaidCentimes: "tranchesPaid",
};

export function isMoneyMeasure(measure: Measure): measure is MoneyMeasure {
  return measure !== "grants";
}

/** The value as a bigint so that counts and centimes compare and scale the same exact way. */
export function measureValue(totals: DashboardTotals, measure: Measure): bigint {
  return measure === "grants" ? BigInt(totals.grants) : totals[measure];
}

export function formatMeasure(totals: DashboardTotals, measure: Measure, locale: AppLocale): string {
  return measure === "grants" ? formatCount(totals.grants, locale) : formatMoney(totals[measure], locale);
}

// French dimension names are lower case for use inside titles ("Coût total par commune"); a column
// header starts with a capital. Arabic has no case and is returned as is.
export function capitalise(value: string, locale: AppLocale): string {
  return value.charAt(0).toLocaleUpperCase(locale) + value.slice(1);
}
