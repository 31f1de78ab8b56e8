import { describe, expect, it } from "vitest";
import { organisationInputSchema, organisationUpdateSchema, toFormValues } from "./schema";

const valid = { code: "odco-tanger", kind: "PUBLIC_AGENCY", acronym: "ODCO", nameAr: "مكتب تنمية التعاون", nameFr: "Office du développement de la coopération", communeId: "" };

const errors = (value: Record<string, string>) => {
  const result = organisationInputSchema.safeParse(value);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("organisationInputSchema", () => {
  it("keeps codes upper case and an empty commune as none", () => {
    expect(organisationInputSchema.parse(valid)).toMatchObject({ code: "ODCO-TANGER", communeId: null, acronym: "ODCO" });
  });

  it("refuses unknown kinds, codes with spaces and missing names", () => {
    expect(errors({ ...valid, kind: "GOVERNMENT", code: "ODCO TANGER", nameFr: " " })).toEqual({ kind: "required", code: "invalidCode", nameFr: "required" });
    expect(errors({ ...valid, kind: "" })).toEqual({ kind: "required" });
  });

  it("requires a version to update, and round-trips through the form's strings", () => {
    expect(organisationUpdateSchema.safeParse(valid).success).toBe(false);
    const parsed = organisationInputSchema.parse(valid);
    expect(organisationInputSchema.parse(toFormValues(parsed))).toEqual(parsed);
  });
});
