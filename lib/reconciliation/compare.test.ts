import { describe, expect, it } from "vitest";
import type { HeadlineFigures, ZoneTotals } from "@/lib/dashboards/types";
import { compareWithRecords, findReportedInconsistencies, type ReportedFigures } from "./compare";

const seedFigures: ReportedFigures = {
  periodStartYear: 2019,
  periodEndYear: 2025,
  cooperativesFunded: 85,
  urbanCooperatives: 52,
  ruralCooperatives: 33,
  totalEnvelopeCentimes: 1317909100n,
  indhContributionCentimes: 2086051500n,
};

const zone = (cooperativesFunded: number, total: bigint, indh: bigint): ZoneTotals => ({
  cooperativesFunded,
  grants: cooperativesFunded,
  totalCostCentimes: total,
  indhContributionCentimes: indh,
});

const computed: HeadlineFigures = {
  ...zone(80, 1000000000n, 500000000n),
  byZone: { URBAN: zone(50, 600000000n, 300000000n), RURAL: zone(30, 400000000n, 200000000n) },
  includesDemoData: true,
  computedAt: new Date(0),
};

describe("reported figures", () => {
  it("flags the seed's INDH contribution larger than its total envelope", () => {
    expect(findReportedInconsistencies(seedFigures)).toEqual([
      { code: "indhExceedsEnvelope", indhContributionCentimes: 2086051500n, totalEnvelopeCentimes: 1317909100n },
    ]);
  });

  it("flags urban and rural counts that do not add up to the total", () => {
    const found = findReportedInconsistencies({ ...seedFigures, ruralCooperatives: 30, indhContributionCentimes: null });
    expect(found).toEqual([{ code: "zonesDoNotAddUp", urban: 52, rural: 30, total: 85 }]);
  });

  it("finds nothing to flag in consistent figures or in missing ones", () => {
    expect(findReportedInconsistencies({ ...seedFigures, indhContributionCentimes: 1000n })).toEqual([]);
    expect(findReportedInconsistencies({ ...seedFigures, totalEnvelopeCentimes: null })).toEqual([]);
  });

  it("puts each reported figure beside the computed one with the exact difference", () => {
    const rows = compareWithRecords(seedFigures, computed);
    expect(rows.map((r) => [r.key, r.reported, r.computed, r.difference])).toEqual([
      ["cooperativesFunded", 85n, 80n, -5n],
      ["urbanCooperatives", 52n, 50n, -2n],
      ["ruralCooperatives", 33n, 30n, -3n],
      ["totalEnvelope", 1317909100n, 1000000000n, -317909100n],
      ["indhContribution", 2086051500n, 500000000n, -1586051500n],
    ]);
    expect(compareWithRecords({ ...seedFigures, cooperativesFunded: null }, computed)[0]?.difference).toBeNull();
  });
});
