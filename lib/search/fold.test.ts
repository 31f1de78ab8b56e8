import { describe, expect, it } from "vitest";
import { foldForSearch, searchTextOf } from "./fold";

describe("search folding", () => {
  it("ignores case and French accents", () => {
    expect(foldForSearch("Coopérative ÉLÉGANCE")).toBe("cooperative elegance");
  });

  it("ignores Arabic diacritics, tatweel and hamza forms", () => {
    expect(foldForSearch("تَعَاوُنِيَّة")).toBe(foldForSearch("تعاونية"));
    expect(foldForSearch("أصيلة")).toBe(foldForSearch("اصيله"));
    expect(foldForSearch("طنجـــة")).toBe(foldForSearch("طنجة"));
  });

  it("joins several fields so that any of them matches", () => {
    expect(searchTextOf("تعاونية النور", "Coopérative Annour", null, "REG-1")).toContain("cooperative annour");
  });
});
