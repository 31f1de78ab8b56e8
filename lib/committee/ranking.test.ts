import { describe, expect, it } from "vitest";
import { averageScore, rankOrder } from "./ranking";

const submitted = (totalScore: number) => ({ totalScore, submittedAt: new Date(), hasConflict: false });

describe("averageScore", () => {
  it("averages submitted scores only, rounding half up", () => {
    expect(averageScore([submitted(70), submitted(75)])).toEqual({ average: 72.5, rounded: 73 });
    expect(averageScore([submitted(70), { totalScore: null, submittedAt: null, hasConflict: false }, { totalScore: null, submittedAt: new Date(), hasConflict: true }])).toEqual({ average: 70, rounded: 70 });
  });
  it("is null when nobody scored", () => {
    expect(averageScore([])).toBeNull();
    expect(averageScore([{ totalScore: null, submittedAt: new Date(), hasConflict: true }])).toBeNull();
  });
});

describe("rankOrder", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  it("puts the best average first, unscored last, ties by submission then id", () => {
    const ranked = rankOrder([
      { applicationId: 1, average: null, submittedAt: at(1) },
      { applicationId: 2, average: 74.4, submittedAt: at(1) },
      { applicationId: 3, average: 74.5, submittedAt: at(3) },
      { applicationId: 4, average: 74.4, submittedAt: at(2) },
      { applicationId: 5, average: 74.4, submittedAt: at(1) },
    ]);
    expect(ranked.map((r) => [r.applicationId, r.rank])).toEqual([[3, 1], [2, 2], [5, 3], [4, 4], [1, 5]]);
  });
});
