// The manager dashboard's data, as computed by getDashboard (lib/dashboards/dashboard-queries.ts) and
// consumed by the page, the charts and the CSV/XLSX exports. Money in integer centimes; labels already
// in the reader's language; cancelled grants never in `totals`, always in `cancelled`.
import type { GrantStatus } from "@/lib/grants/rules";
import type { Zone } from "@/lib/dashboards/types";

/** Every filter is optional; all of them narrow the grants counted. Kept in the URL (see filters.ts). */
export type DashboardFilters = {
  fromYear?: number; // approval year, inclusive
  toYear?: number;
  phaseId?: number;
  programmeId?: number;
  axisId?: number;
  zone?: Zone;
  communeId?: number;
  /** Narrows to one status; CANCELLED shows only the cancelled grants in `cancelled`. */
  status?: GrantStatus;
  /** National users only: one prefecture, or all when absent. Others are always scoped to their own. */
  prefectureId?: number;
};

export type DashboardTotals = {
  grants: number;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  partnersContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  /** Tranches of the INDH contribution: planned (committed) and paid (a paid date). */
  tranchesPlannedCentimes: bigint;
  tranchesPaidCentimes: bigint;
};

/** One row of a breakdown. `filter` is what clicking the row adds to the filters (drill-down). */
export type BreakdownRow = {
  key: string;
  label: string;
  totals: DashboardTotals;
  filter: Partial<DashboardFilters>;
};

export type Breakdown = { rows: BreakdownRow[]; total: DashboardTotals };

export type ZonePhaseTable = {
  phases: { id: number; number: number; label: string }[];
  zones: Zone[];
  /** cells[zone][phaseId] */
  cells: Record<Zone, Record<number, DashboardTotals>>;
  zoneTotals: Record<Zone, DashboardTotals>;
  phaseTotals: Record<number, DashboardTotals>;
  grandTotal: DashboardTotals;
};

export type Dashboard = {
  computedAt: Date;
  filters: DashboardFilters;
  includesDemoData: boolean;
  headline: DashboardTotals & {
    cooperativesFunded: number;
    urbanCooperativesFunded: number;
    ruralCooperativesFunded: number;
    /** Cooperatives funded whose members are more than half women / more than half young people. */
    womenLedCooperatives: number;
    youthCooperatives: number;
  };
  cancelled: DashboardTotals;
  zoneByPhase: ZonePhaseTable;
  byProgramme: Breakdown;
  byAxis: Breakdown;
  byCommune: Breakdown;
  /**
   * When the view spans every prefecture (a national user who chose none): the page shows this rather than
   * the communes, some 1,500 across the country. Null within one prefecture.
   */
  byPrefecture: Breakdown | null;
  byYear: Breakdown;
  bySector: Breakdown;
  byStatus: Breakdown;
};

export const EMPTY_TOTALS: DashboardTotals = {
  grants: 0,
  totalCostCentimes: 0n,
  indhContributionCentimes: 0n,
  partnersContributionCentimes: 0n,
  beneficiaryContributionCentimes: 0n,
  tranchesPlannedCentimes: 0n,
  tranchesPaidCentimes: 0n,
};
