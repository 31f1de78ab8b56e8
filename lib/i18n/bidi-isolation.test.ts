import { describe, expect, it } from "vitest";
import { findUnisolatedNumbers } from "./bidi-isolation";

describe("numbers isolated in right-to-left messages", () => {
  it("refuses a bare amount placeholder in an Arabic sentence", () => {
    expect(findUnisolatedNumbers("بفارق {difference}.")).toEqual(["{difference} is not isolated"]);
  });

  it("accepts it isolated, alone or inside an isolated period", () => {
    expect(findUnisolatedNumbers("بفارق \u2068{difference}\u2069")).toEqual([]);
    expect(findUnisolatedNumbers("الفترة: \u2066{from}–{to}\u2069")).toEqual([]);
  });

  it("refuses a placeholder left after the isolate has closed, and a typed number", () => {
    expect(findUnisolatedNumbers("من \u2068{from}\u2069 إلى {to}")).toEqual(["{to} is not isolated"]);
    expect(findUnisolatedNumbers("النسبة {share, number, percent}")).toEqual(["{share} is not isolated"]);
  });

  it("looks inside plural branches and refuses a spaced number written in the text", () => {
    expect(findUnisolatedNumbers("{n, plural, one {مبلغ {amount}} other {مبالغ}}")).toEqual(["{amount} is not isolated"]);
    expect(findUnisolatedNumbers("المبالغ مثل 13 179 091 درهم")).toEqual(['the number "13 179 091" is not isolated']);
    expect(findUnisolatedNumbers("المبالغ مثل \u206613 179 091\u2069 درهم")).toEqual([]);
  });

  it("refuses a bare code or e-mail, accepts one inside an <ltr> element", () => {
    expect(findUnisolatedNumbers("المحور {code}")).toEqual(["{code} is not isolated"]);
    expect(findUnisolatedNumbers("بواسطة <ltr>{email}</ltr>")).toEqual([]);
  });

  it("leaves text placeholders and left-to-right messages alone", () => {
    expect(findUnisolatedNumbers("العمالة: {prefecture}")).toEqual([]);
    expect(findUnisolatedNumbers("Écart de {difference}.")).toEqual([]);
  });
});
