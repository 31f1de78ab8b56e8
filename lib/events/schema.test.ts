import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { eventInputSchema, eventUpdateSchema } from "./schema";

const base: Record<string, string> = {
  slug: "cooperatives-day-2025",
  kind: "COMMUNICATION_MEETING",
  status: "DRAFT",
  titleAr: "لقاء تواصلي",
  titleFr: "Rencontre de communication",
  startsAtDate: "2025-07-09",
  startsAtTime: "10:00",
  venueAr: "دار الشباب",
  venueFr: "Maison des jeunes",
  organiserId: "1",
  summaryAr: "ملخص",
  summaryFr: "Résumé",
  bodyAr: "نص",
  bodyFr: "Texte",
};

const parse = (values: Record<string, string>) => eventInputSchema.safeParse(unflatten({ ...base, ...values }));
const fieldsWithErrors = (values: Record<string, string>) => {
  const result = parse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("event form schema", () => {
  it("accepts lowercase slugs with single hyphens and refuses the others", () => {
    expect(parse({}).success).toBe(true);
    for (const slug of ["Cooperatives-Day", "day_2025", "-day", "day--2025", "day-", "يوم", "day 2025"]) {
      expect(fieldsWithErrors({ slug })).toEqual(["slug:slugFormat"]);
    }
  });

  it("stores the Casablanca time in UTC (summer: UTC+1, Ramadan: UTC+0)", () => {
    expect(parse({}).data?.startsAt.toISOString()).toBe("2025-07-09T09:00:00.000Z");
    expect(parse({ startsAtDate: "2025-03-10" }).data?.startsAt.toISOString()).toBe("2025-03-10T10:00:00.000Z");
    expect(fieldsWithErrors({ startsAtDate: "2025-02-30" })).toEqual(["startsAtDate:invalidDate"]);
    expect(fieldsWithErrors({ startsAtTime: "25:00" })).toEqual(["startsAtTime:invalidTime"]);
  });

  it("drops blank presentation rows and keeps each row's form index for its errors", () => {
    const row = (i: number, title: string) => ({
      [`presentations.${i}.titleAr`]: title,
      [`presentations.${i}.titleFr`]: title,
      [`presentations.${i}.presenterRoleAr`]: "ممثل",
      [`presentations.${i}.presenterRoleFr`]: "Représentant",
      [`presentations.${i}.organisationId`]: "",
      [`presentations.${i}.reportedTotalEnvelope`]: "",
    });
    const blank = { "presentations.1.titleAr": " ", "presentations.1.organisationId": "", "presentations.3.titleFr": "" };
    const result = parse({ ...row(0, "A"), ...blank, ...row(2, "B") });
    expect(result.data?.presentations.map((p) => [p.titleFr, p.formRow])).toEqual([["A", 0], ["B", 2]]);
    expect(fieldsWithErrors({ ...row(0, "A"), "presentations.1.titleAr": "عنوان" })).toEqual([
      "presentations.1.titleFr:required",
      "presentations.1.presenterRoleAr:required",
      "presentations.1.presenterRoleFr:required",
    ]);
  });

  it("keeps reported figures as typed, even when they contradict each other", () => {
    const result = parse({
      "presentations.0.titleAr": "حصيلة",
      "presentations.0.titleFr": "Bilan",
      "presentations.0.presenterRoleAr": "رئيس القسم",
      "presentations.0.presenterRoleFr": "Chef de division",
      "presentations.0.reportedCooperativesFunded": "85",
      "presentations.0.reportedUrbanCooperatives": "52",
      "presentations.0.reportedRuralCooperatives": "30",
      "presentations.0.reportedTotalEnvelope": "13.179.091",
      "presentations.0.reportedIndhContribution": "20 860 515 DH",
    });
    const p = result.data?.presentations[0];
    expect(p?.reportedTotalEnvelopeCentimes).toBe(1_317_909_100n);
    expect(p?.reportedIndhContributionCentimes).toBe(2_086_051_500n);
    expect([p?.reportedUrbanCooperatives, p?.reportedRuralCooperatives, p?.reportedPeriodStartYear]).toEqual([52, 30, null]);
    expect(fieldsWithErrors({ "presentations.0.titleAr": "x", "presentations.0.titleFr": "x", "presentations.0.presenterRoleAr": "x", "presentations.0.presenterRoleFr": "x", "presentations.0.reportedTotalEnvelope": "beaucoup", "presentations.0.reportedCooperativesFunded": "8x" })).toEqual([
      "presentations.0.reportedCooperativesFunded:notANumber",
      "presentations.0.reportedTotalEnvelope:notAnAmount",
    ]);
  });

  it("reads the checked partners (partners.N) without duplicates, and requires the version on update", () => {
    expect(parse({ "partners.0": "4", "partners.2": "7", "partners.3": "4" }).data?.partners).toEqual([4, 7]);
    expect(parse({}).data?.partners).toEqual([]);
    expect(eventUpdateSchema.safeParse(unflatten(base)).error?.issues.map((i) => i.path.join("."))).toEqual(["version"]);
    expect(eventUpdateSchema.safeParse(unflatten({ ...base, version: "3" })).data?.version).toBe(3);
  });
});
