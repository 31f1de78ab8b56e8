import { describe, expect, it } from "vitest";
import { cooperativeInputSchema, cooperativeUpdateSchema, toFormValues } from "./schema";

const valid = {
  registerNumber: " 12/2019 ", nameAr: "تعاونية النور", nameFr: "Coopérative Annour", sectorId: "3", communeId: "4", placeId: "",
  foundedOn: "02/05/2019", members: "12", womenMembers: "7", youngMembers: "12", contactName: "", contactPhone: "+212 6 12 34 56 78", contactEmail: "",
};

const errors = (schema: typeof cooperativeInputSchema | typeof cooperativeUpdateSchema, value: Record<string, string>) => {
  const result = schema.safeParse(value);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("cooperativeInputSchema", () => {
  it("turns the form's strings into domain values", () => {
    expect(cooperativeInputSchema.parse(valid)).toEqual({
      registerNumber: "12/2019", nameAr: "تعاونية النور", nameFr: "Coopérative Annour", sectorId: 3, communeId: 4, placeId: null,
      foundedOn: new Date("2019-05-02T00:00:00Z"), members: 12, womenMembers: 7, youngMembers: 12,
      contactName: null, contactPhone: "+212 6 12 34 56 78", contactEmail: null,
    });
  });

  it("refuses more women or young members than members, next to the field", () => {
    expect(errors(cooperativeInputSchema, { ...valid, womenMembers: "13", youngMembers: "20" })).toEqual({
      womenMembers: "womenExceedMembers",
      youngMembers: "youngExceedMembers",
    });
  });

  it("reports the member rule together with other errors on the first submit", () => {
    expect(errors(cooperativeInputSchema, { ...valid, nameAr: "", womenMembers: "13" })).toEqual({ nameAr: "required", womenMembers: "womenExceedMembers" });
  });

  it("refuses negative and non-numeric counts, bad ids, dates, e-mails and phones", () => {
    expect(errors(cooperativeInputSchema, { ...valid, members: "-1", womenMembers: "dix", sectorId: "", placeId: "x", foundedOn: "31/02/2019", contactEmail: "nope", contactPhone: "abc" })).toEqual({
      members: "mustBeNonNegative", womenMembers: "notANumber", sectorId: "required", placeId: "invalid", foundedOn: "invalidDate", contactEmail: "invalidEmail", contactPhone: "invalidPhone",
    });
  });

  it("requires a version to update", () => {
    expect(errors(cooperativeUpdateSchema, valid)).toEqual({ version: "required" });
    expect(cooperativeUpdateSchema.parse({ ...valid, version: "3" }).version).toBe(3);
  });
});

describe("toFormValues", () => {
  it("gives back the strings the form submits, so a stored record parses to itself", () => {
    const parsed = cooperativeInputSchema.parse(valid);
    const values = toFormValues(parsed);
    expect(values).toMatchObject({ foundedOn: "02/05/2019", placeId: "", members: "12", contactEmail: "" });
    expect(cooperativeInputSchema.parse(values)).toEqual(parsed);
  });
});
