import { describe, expect, it } from "vitest";
import { daysBetween, median, pipelineFigures, type PipelineRows } from "./pipeline-figures";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 24])).toBe(27);
  });
  it("counts days as real numbers", () => {
    expect(daysBetween(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-02T12:00:00Z"))).toBe(1.5);
  });
});

describe("pipelineFigures", () => {
  const rows: PipelineRows = {
    byStatus: [
      { zone: "URBAN", phaseId: 3, status: "RECEIVED", count: 2, requestedCentimes: 10n },
      { zone: "URBAN", phaseId: 3, status: "WITHDRAWN", count: 1, requestedCentimes: 5n },
      { zone: "RURAL", phaseId: 3, status: "DEFERRED", count: 1, requestedCentimes: 7n },
      { zone: "RURAL", phaseId: 2, status: "REJECTED", count: 3, requestedCentimes: 9n },
      { zone: "RURAL", phaseId: 2, status: "APPROVED", count: 1, requestedCentimes: 4n },
    ],
    reviewed: [{ zone: "RURAL", phaseId: 2, count: 4, amountCentimes: 13n }],
    approved: [{ zone: "RURAL", phaseId: 2, count: 1, amountCentimes: 3n }],
    signed: [],
    paid: [],
    decisions: [{ zone: "RURAL", phaseId: 2, days: 3 }, { zone: "RURAL", phaseId: 2, days: 5 }],
  };
  it("counts withdrawn applications as received only, and deferrals as eligible but not decided", () => {
    const all = pipelineFigures(rows);
    expect(all.stages.received).toEqual({ count: 8, amountCentimes: 35n });
    expect(all.stages.eligible).toEqual({ count: 5, amountCentimes: 20n });
    expect([all.decided, all.approvedDecisions, all.medianDaysToDecision]).toEqual([4, 1, 4]);
  });
  it("keeps only the places asked for", () => {
    const urban = pipelineFigures(rows, (p) => p.zone === "URBAN");
    expect(urban.stages.received).toEqual({ count: 3, amountCentimes: 15n });
    expect([urban.decided, urban.medianDaysToDecision, urban.stages.approved.count]).toEqual([0, null, 0]);
  });
});
