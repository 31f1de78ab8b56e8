// A period of whole years, as presenters report them ("between 2019 and 2025"), inclusive at both ends.
export type YearPeriod = { fromYear: number; toYear: number };

/** The approval dates inside the period: [1 Jan fromYear, 1 Jan toYear+1) in UTC, as dates are stored. */
export function approvalDateRange(period: YearPeriod): { gte: Date; lt: Date } {
  return {
    gte: new Date(Date.UTC(period.fromYear, 0, 1)),
    lt: new Date(Date.UTC(period.toYear + 1, 0, 1)),
  };
}
