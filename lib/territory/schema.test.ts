import { describe, expect, it } from "vitest";
import { axisInputSchema, communeInputSchema, phaseInputSchema, placeUpdateSchema } from "./schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));

const axis = { programmeId: "2", code: "agr", nameAr: "محور", nameFr: "Axe" };

describe("territory form schemas", () => {
  it("upper-cases codes and refuses other characters", () => {
    const commune = { code: " sidi-lyamani ", nameAr: "سيدي اليماني", nameFr: "Sidi Lyamani", legalStatus: "RURAL_COMMUNE", setting: "RURAL" };
    expect(communeInputSchema.parse(commune)).toMatchObject({ code: "SIDI-LYAMANI", prefectureId: null });
    expect(messages(communeInputSchema.safeParse({ ...commune, code: "Tanger ville", setting: "SUBURBAN" }))).toEqual({ code: "invalidCode", setting: "required" });
  });

  it("reads thresholds: empty means no rule, amounts in exact centimes, percentages 0-100", () => {
    expect(axisInputSchema.parse({ ...axis, maxIndhSharePercent: "", maxIndhContribution: "", minWomenOrYouthMembersPercent: "" })).toMatchObject({
      programmeId: 2, code: "AGR", maxIndhSharePercent: null, maxIndhContribution: null, minWomenOrYouthMembersPercent: null,
    });
    expect(axisInputSchema.parse({ ...axis, maxIndhSharePercent: "70", maxIndhContribution: "300.000,50", minWomenOrYouthMembersPercent: "0" })).toMatchObject({
      maxIndhSharePercent: 70, maxIndhContribution: 30_000_050n, minWomenOrYouthMembersPercent: 0,
    });
    expect(messages(axisInputSchema.safeParse({ ...axis, maxIndhSharePercent: "101", maxIndhContribution: "-5", minWomenOrYouthMembersPercent: "12.5" }))).toEqual({
      maxIndhSharePercent: "percentOutOfRange", maxIndhContribution: "negativeAmount", minWomenOrYouthMembersPercent: "percentOutOfRange",
    });
  });

  it("checks a phase's years", () => {
    const phase = { number: "3", startYear: "2019", nameAr: "المرحلة الثالثة", nameFr: "Phase III" };
    expect(phaseInputSchema.parse({ ...phase, endYear: "" })).toMatchObject({ number: 3, startYear: 2019, endYear: null });
    expect(messages(phaseInputSchema.safeParse({ ...phase, endYear: "2018" }))).toEqual({ endYear: "endBeforeStart" });
  });

  it("never lets an edit move a place to another commune", () => {
    const parsed = placeUpdateSchema.parse({ communeId: "9", code: "a1", kind: "DOUAR", nameAr: "دوار", nameFr: "Douar", version: "1" });
    expect(parsed).not.toHaveProperty("communeId");
  });
});
