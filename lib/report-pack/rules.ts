// The calendar rules of the report pack, pure so that they are tested on their own. Calendar dates are UTC
// midnights, like every stored calendar date; "today" is the calendar day in Morocco (moroccoToday).
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";

/** Tranches planned up to this many days after the end of the period are "due" in the report. */
export const DUE_AFTER_PERIOD_DAYS = 90;
/** Rows listed per table; the rest is counted in the table's totals ("and 12 more"). */
export const REPORT_ROW_LIMIT = 100;

const DAY = 24 * 3600 * 1000;

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY);
}

/** Whole calendar days from `from` to `to` (both UTC midnights); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/**
 * The first day after the period (exclusive end): 1 January after its last year, or, with no last year,
 * the day after today (an open period runs to today).
 */
export function periodEnd(filters: Pick<DashboardFilters, "toYear">, today: Date): Date {
  return filters.toYear === undefined ? addDays(today, 1) : new Date(Date.UTC(filters.toYear + 1, 0, 1));
}

/** Tranches planned before this day are listed: the end of the period plus DUE_AFTER_PERIOD_DAYS. */
export function dueBefore(filters: Pick<DashboardFilters, "toYear">, today: Date): Date {
  return addDays(periodEnd(filters, today), DUE_AFTER_PERIOD_DAYS);
}

/**
 * The filters the decisions to take are read with: all of the report's but the period. What waits for the
 * committee today waits whatever year the report's figures cover (an application of this year on the agenda
 * of next week's session belongs in a report on 2019-2025 too).
 */
export function withoutPeriod(filters: DashboardFilters): DashboardFilters {
  const { fromYear: _from, toYear: _to, ...rest } = filters;
  return rest;
}
