import { describe, expect, it } from "vitest";
import { niceScale, percentOf, pointX, spanX } from "./scale";

describe("chart scale", () => {
  it("computes percentages exactly on large amounts and clamps", () => {
    expect(percentOf(1_317_909_100n, 2_635_818_200n)).toBe(50);
    expect(percentOf(2n ** 62n, 2n ** 63n)).toBe(50);
    expect(percentOf(5n, 0n)).toBe(0);
    expect(percentOf(-5n, 10n)).toBe(0);
    expect(percentOf(20n, 10n)).toBe(100);
  });

  it("mirrors positions for right to left", () => {
    expect(spanX(0, 30, "ltr")).toBe(0);
    expect(spanX(0, 30, "rtl")).toBe(70);
    expect(spanX(10, 20, "rtl")).toBe(70);
    expect(pointX(25, "ltr")).toBe(25);
    expect(pointX(25, "rtl")).toBe(75);
  });

  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceScale(1_317_909_105n)).toEqual({ max: 2_000_000_000n, step: 500_000_000n });
    expect(niceScale(7n)).toEqual({ max: 8n, step: 2n });
    expect(niceScale(0n)).toEqual({ max: 4n, step: 1n });
    expect(niceScale(40n)).toEqual({ max: 40n, step: 10n });
  });
});
