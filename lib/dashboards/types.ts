export type Zone = "URBAN" | "RURAL";

export type ZoneTotals = {
  cooperativesFunded: number;
  grants: number;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
};

/** Totals computed from the records; cancelled grants never count. */
export type HeadlineFigures = ZoneTotals & {
  byZone: Record<Zone, ZoneTotals>;
  includesDemoData: boolean;
  computedAt: Date;
};
