import { describe, expect, it } from "vitest";
import { centimesToDecimalString, formatCount, formatDirhams, formatMoney, formatShare } from "./money";

describe("money from integer centimes", () => {
  it("formats the seed's envelope the Moroccan way", () => {
    expect(formatMoney(1317909100n, "fr")).toBe("13.179.091,00\u00a0MAD");
    expect(formatMoney(1317909100n, "ar")).toBe("\u2067\u206613.179.091,00\u2069\u00a0د.م.\u2069");
    expect(formatDirhams(2086051500n, "ar")).toBe("\u206620.860.515\u2069");
  });

  it("stays exact beyond 2^53 centimes", () => {
    expect(centimesToDecimalString(9007199254740993n)).toBe("90071992547409.93");
    expect(formatMoney(9007199254740993n, "fr")).toBe("90.071.992.547.409,93\u00a0MAD");
  });

  it("keeps the sign and the centimes of small and negative amounts", () => {
    expect(centimesToDecimalString(5n)).toBe("0.05");
    expect(centimesToDecimalString(-12345n)).toBe("-123.45");
  });

  it("computes a share without floating-point drift and handles a zero whole", () => {
    expect(formatShare(6n, 10n, "fr")).toBe("60,0\u00a0%");
    expect(formatShare(1n, 0n, "fr")).toBe("—");
  });
});

describe("signed differences", () => {
  it("writes the sign of a difference and none for zero", () => {
    expect(formatMoney(-317909100n, "fr", { signed: true })).toBe("-3.179.091,00\u00a0MAD");
    expect(formatMoney(100n, "fr", { signed: true })).toBe("+1,00\u00a0MAD");
    expect(formatCount(0, "fr", { signed: true })).toBe("0");
    expect(formatCount(-5, "fr", { signed: true })).toBe("-5");
  });
});

describe("formatAmountInput", () => {
  it("writes an amount as the form shows it, exact and re-readable", async () => {
    const { formatAmountInput } = await import("./money");
    const { parseDirhamsToCentimes } = await import("./parse-money");
    expect(formatAmountInput(84_930_000n)).toBe("849.300,00");
    expect(formatAmountInput(1_317_909_150n)).toBe("13.179.091,50");
    expect(formatAmountInput(5n)).toBe("0,05");
    expect(formatAmountInput(99_900n)).toBe("999,00");
    expect(formatAmountInput(-123_456_789n)).toBe("-1.234.567,89");
    // Beyond 2^53 centimes: no float on the way.
    expect(formatAmountInput(9_007_199_254_740_993n)).toBe("90.071.992.547.409,93");
    for (const c of [0n, 7n, 84_930_000n, 9_007_199_254_740_993n]) expect(parseDirhamsToCentimes(formatAmountInput(c))).toBe(c);
  });
});

describe("numbers isolated for right-to-left Arabic text", () => {
  it("keeps the sign with the figure inside a left-to-right isolate, the currency outside it", () => {
    expect(formatMoney(-106931500n, "ar", { signed: true })).toBe("\u2067\u2066-1.069.315,00\u2069\u00a0د.م.\u2069");
    expect(formatMoney(2373460900n, "ar", { signed: true })).toBe("\u2067\u2066+23.734.609,00\u2069\u00a0د.م.\u2069");
  });

  it("isolates counts and shares, without the marks ICU adds", () => {
    expect(formatCount(-12, "ar", { signed: true })).toBe("\u2066-12\u2069");
    expect(formatShare(6n, 10n, "ar")).toBe("\u206660,0%\u2069");
  });

  it("leaves French, laid out left to right, as it was", () => {
    expect(formatCount(-12, "fr", { signed: true })).toBe("-12");
  });
});
