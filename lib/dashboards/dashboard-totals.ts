// Pure arithmetic on the rows the database's grouping queries return: turning one group's count and sums
// into DashboardTotals and adding groups together (a few hundred groups at most, never grant rows).
import { EMPTY_TOTALS, type BreakdownRow, type DashboardFilters, type DashboardTotals } from "@/lib/dashboards/dashboard-types";

/** The sums every grouping query asks for; the names are Grant's columns. */
export const SUMMED = {
  totalCostCentimes: true,
  indhContributionCentimes: true,
  beneficiaryContributionCentimes: true,
  partnersContributionCentimes: true,
  tranchesPlannedCentimes: true,
  tranchesPaidCentimes: true,
} as const;

type Sums = { [K in keyof typeof SUMMED]?: bigint | null };
export type GroupRow = { _count: { _all: number }; _sum: Sums };

export function toTotals(row: GroupRow): DashboardTotals {
  const s = row._sum;
  return {
    grants: row._count._all,
    totalCostCentimes: s.totalCostCentimes ?? 0n,
    indhContributionCentimes: s.indhContributionCentimes ?? 0n,
    partnersContributionCentimes: s.partnersContributionCentimes ?? 0n,
    beneficiaryContributionCentimes: s.beneficiaryContributionCentimes ?? 0n,
    tranchesPlannedCentimes: s.tranchesPlannedCentimes ?? 0n,
    tranchesPaidCentimes: s.tranchesPaidCentimes ?? 0n,
  };
}

export function addTotals(a: DashboardTotals, b: DashboardTotals): DashboardTotals {
  return {
    grants: a.grants + b.grants,
    totalCostCentimes: a.totalCostCentimes + b.totalCostCentimes,
    indhContributionCentimes: a.indhContributionCentimes + b.indhContributionCentimes,
    partnersContributionCentimes: a.partnersContributionCentimes + b.partnersContributionCentimes,
    beneficiaryContributionCentimes: a.beneficiaryContributionCentimes + b.beneficiaryContributionCentimes,
    tranchesPlannedCentimes: a.tranchesPlannedCentimes + b.tranchesPlannedCentimes,
    tranchesPaidCentimes: a.tranchesPaidCentimes + b.tranchesPaidCentimes,
  };
}

/** Adds each group's totals under the key `keyOf` gives it (undefined drops the group). */
export function rollUp<R extends GroupRow, K>(rows: readonly R[], keyOf: (row: R) => K | undefined): Map<K, DashboardTotals> {
  const out = new Map<K, DashboardTotals>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    out.set(key, addTotals(out.get(key) ?? EMPTY_TOTALS, toTotals(row)));
  }
  return out;
}

export const sumAll = (totals: Iterable<DashboardTotals>): DashboardTotals => {
  let out = EMPTY_TOTALS;
  for (const t of totals) out = addTotals(out, t);
  return out;
};

/** One breakdown row per entry, in the order given; `keepEmpty` keeps entries without grants. */
export function breakdownRows<T>(
  entries: readonly T[],
  totalsOf: (entry: T) => DashboardTotals | undefined,
  describe: (entry: T) => { key: string; label: string; filter: Partial<DashboardFilters> },
  keepEmpty = false,
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const entry of entries) {
    const totals = totalsOf(entry);
    if (!totals && !keepEmpty) continue;
    rows.push({ ...describe(entry), totals: totals ?? EMPTY_TOTALS });
  }
  return rows;
}
