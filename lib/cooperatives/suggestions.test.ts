import { describe, expect, it } from "vitest";
import { suggestCooperatives, type CooperativeCandidate } from "./suggestions";

const coops: CooperativeCandidate[] = [
  { id: 1, nameAr: "تعاونيّة الأمَل", nameFr: "Coopérative Al Amal", registerNumber: "TNG-2019-014" },
  { id: 2, nameAr: "تعاونية النحالين", nameFr: "Ruchers du Nord", registerNumber: "TNG-2020-101" },
  { id: 3, nameAr: "تعاونية إشراقة", nameFr: "Coopérative Ichraqa", registerNumber: "ASL-2018-003" },
  { id: 4, nameAr: "تعاونية الخير", nameFr: "Coopérative El Kheir", registerNumber: "TNG-2021-044" },
];
const ids = (q: string, locale: "ar" | "fr" = "ar") => suggestCooperatives(q, coops, locale).map((s) => s.value);

describe("cooperative suggestions", () => {
  it("finds an Arabic name typed without hamza, shadda or fatha, and with ه for ة", () => {
    expect(ids("تعاونيه الامل")).toEqual([1]);
    expect(ids("اشراقه")).toEqual([3]);
    expect(ids("الـخـيـر")).toEqual([4]); // tatweel
  });

  it("finds a French name without accents or case, and a register number", () => {
    expect(ids("cooperative amal", "fr")).toEqual([1]);
    expect(ids("RUCHERS", "fr")).toEqual([2]);
    expect(ids("tng-2020")).toEqual([2]);
    expect(ids("asl")).toEqual([3]);
  });

  it("needs every word, ranks names and numbers that start with the query first, then in the language's order", () => {
    expect(ids("تعاونية")).toEqual([3, 1, 4, 2]);
    expect(ids("tng")).toEqual([1, 4, 2]); // الأمل, الخير, النحالين
    expect(ids("تعاونية نحل")).toEqual([]);
    expect(ids("kheir 044")).toEqual([4]);
  });

  it("labels in the page's language with the register number and the other name as detail", () => {
    expect(suggestCooperatives("amal", coops, "fr")[0]).toEqual({ value: 1, label: "Coopérative Al Amal", detail: "TNG-2019-014 · تعاونيّة الأمَل" });
    expect(suggestCooperatives("amal", coops, "ar")[0]).toEqual({ value: 1, label: "تعاونيّة الأمَل", detail: "TNG-2019-014 · Coopérative Al Amal" });
  });

  it("offers the first ones in order for an empty query, never more than the limit", () => {
    expect(suggestCooperatives("  ", coops, "fr", 2).map((s) => s.value)).toEqual([1, 4]);
  });
});
