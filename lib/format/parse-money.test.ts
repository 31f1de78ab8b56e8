import { describe, expect, it } from "vitest";
import { parseDirhamsToCentimes } from "./parse-money";

describe("amounts written the Moroccan way", () => {
  it.each([
    ["150000", 15_000_000n],
    ["150000.5", 15_000_050n],
    ["150.000,50", 15_000_050n],
    ["150 000,50", 15_000_050n],
    ["13.179.091,00", 1_317_909_100n],
    ["13 179 091 DH", 1_317_909_100n],
    ["20.860.515 درهم", 2_086_051_500n],
    ["1,234,567.89", 123_456_789n],
    ["0", 0n],
    ["-5", -500n],
    ["90071992547409.93", 9_007_199_254_740_993n],
  ])("reads %s", (text, centimes) => {
    expect(parseDirhamsToCentimes(text)).toBe(centimes);
  });

  it.each(["", "abc", "1.2.3,4,5", "12,34,56", "1.234,567", "=SUM(A1)", "1e5", "١٢x"])("refuses %s", (text) => {
    expect(parseDirhamsToCentimes(text)).toBeNull();
  });
});

describe("amounts copied from an Arabic page", () => {
  it("reads an amount with the bidi isolates and marks the Arabic formatter puts around it", async () => {
    const { formatMoney } = await import("./money");
    const shown = formatMoney(-106931500n, "ar", { signed: true }); // "⁧⁦-1.069.315,00⁩ د.م.⁩"
    expect(parseDirhamsToCentimes(shown)).toBe(-106931500n);
    expect(parseDirhamsToCentimes("\u061c\u20661.069.315,00\u2069")).toBe(106931500n);
  });
});
