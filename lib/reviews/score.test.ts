import { describe, expect, it } from "vitest";
import { averageScore, totalScore } from "./score";

describe("totalScore", () => {
  it("weights each criterion and gives an integer out of 100", () => {
    expect(totalScore([{ score: 8, weight: 40 }, { score: 6, weight: 30 }, { score: 7, weight: 30 }])).toBe(71);
    expect(totalScore([{ score: 10, weight: 40 }, { score: 10, weight: 30 }, { score: 10, weight: 30 }])).toBe(100);
    expect(totalScore([{ score: 0, weight: 40 }, { score: 0, weight: 60 }])).toBe(0);
  });
  it("rounds a half up, never down", () => {
    // 7x25 + 8x25 + 6x50 = 675 -> 67.5 -> 68; 1x15 + 0x85 = 15 -> 1.5 -> 2; 1x14 = 14 -> 1.4 -> 1
    expect(totalScore([{ score: 7, weight: 25 }, { score: 8, weight: 25 }, { score: 6, weight: 50 }])).toBe(68);
    expect(totalScore([{ score: 1, weight: 15 }, { score: 0, weight: 85 }])).toBe(2);
    expect(totalScore([{ score: 1, weight: 14 }, { score: 0, weight: 86 }])).toBe(1);
  });
});

describe("averageScore", () => {
  it("averages the submitted totals only, to one decimal", () => {
    expect(averageScore([71, 80, null])).toBe(75.5);
    expect(averageScore([70, 71, 71])).toBe(70.7);
  });
  it("is null when nobody has scored", () => {
    expect(averageScore([])).toBeNull();
    expect(averageScore([null])).toBeNull();
  });
});
