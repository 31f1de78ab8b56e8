import { describe, expect, it } from "vitest";
import { normalizeDigits } from "@/lib/format/digits";

describe("normalizeDigits", () => {
  it("turns Eastern Arabic-Indic digits into ASCII digits", () => {
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeDigits("١٥/٠٣/٢٠٢٤")).toBe("15/03/2024");
  });

  it("turns Persian digits into ASCII digits", () => {
    expect(normalizeDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
  });

  it("reads the Arabic decimal and thousands separators and the Arabic comma the Moroccan way", () => {
    expect(normalizeDigits("١٢٬٥٠٠٫٧٥")).toBe("12.500,75");
    expect(normalizeDigits("١٥٠٠٠٠،٥٠")).toBe("150000,50");
  });

  it("leaves letters, ASCII digits and other punctuation alone", () => {
    expect(normalizeDigits("تعاونية 12 - Coop. 3,5")).toBe("تعاونية 12 - Coop. 3,5");
  });
});
