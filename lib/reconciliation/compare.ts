// Figures stated in a presentation are stored as reported, never corrected. This puts them beside the
// figures computed from the records and names every contradiction, so a reader is never misled.
import type { HeadlineFigures } from "@/lib/dashboards/types";

export type ReportedFigures = {
  periodStartYear: number | null;
  periodEndYear: number | null;
  cooperativesFunded: number | null;
  urbanCooperatives: number | null;
  ruralCooperatives: number | null;
  totalEnvelopeCentimes: bigint | null;
  indhContributionCentimes: bigint | null;
};

export type FigureKey = "cooperativesFunded" | "urbanCooperatives" | "ruralCooperatives" | "totalEnvelope" | "indhContribution";

export type FigureComparison = {
  key: FigureKey;
  unit: "count" | "centimes";
  reported: bigint | null;
  computed: bigint;
  /** computed - reported; null when nothing was reported. */
  difference: bigint | null;
};

export type ReportedInconsistency =
  | { code: "indhExceedsEnvelope"; indhContributionCentimes: bigint; totalEnvelopeCentimes: bigint }
  | { code: "zonesDoNotAddUp"; urban: number; rural: number; total: number };

export function hasReportedFigures(r: ReportedFigures): boolean {
  return Object.values(r).some((value) => value !== null);
}

export function compareWithRecords(reported: ReportedFigures, computed: HeadlineFigures): FigureComparison[] {
  const row = (key: FigureKey, unit: FigureComparison["unit"], stated: number | bigint | null, actual: number | bigint) => {
    const reportedValue = stated === null ? null : BigInt(stated);
    const computedValue = BigInt(actual);
    return { key, unit, reported: reportedValue, computed: computedValue, difference: reportedValue === null ? null : computedValue - reportedValue };
  };
  return [
    row("cooperativesFunded", "count", reported.cooperativesFunded, computed.cooperativesFunded),
    row("urbanCooperatives", "count", reported.urbanCooperatives, computed.byZone.URBAN.cooperativesFunded),
    row("ruralCooperatives", "count", reported.ruralCooperatives, computed.byZone.RURAL.cooperativesFunded),
    row("totalEnvelope", "centimes", reported.totalEnvelopeCentimes, computed.totalCostCentimes),
    row("indhContribution", "centimes", reported.indhContributionCentimes, computed.indhContributionCentimes),
  ];
}

export function findReportedInconsistencies(r: ReportedFigures): ReportedInconsistency[] {
  const found: ReportedInconsistency[] = [];
  // A contribution to a budget cannot exceed the budget itself.
  if (r.indhContributionCentimes !== null && r.totalEnvelopeCentimes !== null && r.indhContributionCentimes > r.totalEnvelopeCentimes) {
    found.push({ code: "indhExceedsEnvelope", indhContributionCentimes: r.indhContributionCentimes, totalEnvelopeCentimes: r.totalEnvelopeCentimes });
  }
  if (r.cooperativesFunded !== null && r.urbanCooperatives !== null && r.ruralCooperatives !== null && r.urbanCooperatives + r.ruralCooperatives !== r.cooperativesFunded) {
    found.push({ code: "zonesDoNotAddUp", urban: r.urbanCooperatives, rural: r.ruralCooperatives, total: r.cooperativesFunded });
  }
  return found;
}

/** A presentation row's reported* columns as ReportedFigures. */
export function reportedFiguresOf(p: {
  reportedPeriodStartYear: number | null; reportedPeriodEndYear: number | null; reportedCooperativesFunded: number | null;
  reportedUrbanCooperatives: number | null; reportedRuralCooperatives: number | null;
  reportedTotalEnvelopeCentimes: bigint | null; reportedIndhContributionCentimes: bigint | null;
}): ReportedFigures {
  return {
    periodStartYear: p.reportedPeriodStartYear,
    periodEndYear: p.reportedPeriodEndYear,
    cooperativesFunded: p.reportedCooperativesFunded,
    urbanCooperatives: p.reportedUrbanCooperatives,
    ruralCooperatives: p.reportedRuralCooperatives,
    totalEnvelopeCentimes: p.reportedTotalEnvelopeCentimes,
    indhContributionCentimes: p.reportedIndhContributionCentimes,
  };
}
