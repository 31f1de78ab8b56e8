import { describe, expect, it } from "vitest";
import { cssString } from "./report-page-style";

describe("cssString", () => {
  it("quotes plain text as is, Arabic and isolates included", () => {
    expect(cssString("عمالة طنجة أصيلة — \u2068من 2011 إلى 2030\u2069")).toBe('"عمالة طنجة أصيلة — \u2068من 2011 إلى 2030\u2069"');
  });

  it("escapes what could end the string or the <style> element", () => {
    expect(cssString('a"b\\c</style><script>\nx')).toBe('"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e \\a x"');
  });
});
