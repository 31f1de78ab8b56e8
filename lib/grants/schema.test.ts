import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { compactGrantRows, createGrantSchema, sameFormValue, updateGrantSchema } from "./schema";

const form = (extra: Record<string, string> = {}) => ({
  cooperativeId: "3", programmeId: "7", axisId: "", titleAr: "اقتناء معدات", titleFr: "Acquisition", approvedOn: "15/03/2024",
  status: "APPROVED", totalCost: "500.000,00", indhContribution: "300 000 DH", beneficiaryContribution: "",
  "partnerContributions.0.organisationId": "", "partnerContributions.0.amount": "",
  "tranches.0.plannedOn": "", "tranches.0.amount": "", "tranches.0.paidOn": "",
  ...extra,
});
const parse = (values: Record<string, string>) => createGrantSchema.safeParse(unflatten(values));
const errors = (values: Record<string, string>) => {
  const result = parse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("grant form schema", () => {
  it("reads Moroccan amounts into centimes, dates into UTC midnight, and drops blank rows", () => {
    const result = parse(form({ "tranches.1.plannedOn": "2024-04-01", "tranches.1.amount": "150000,5", "tranches.1.paidOn": "" }));
    expect(result.success).toBe(true);
    const input = result.data!;
    expect(input.totalCostCentimes).toBe(50_000_000n);
    expect(input.indhContributionCentimes).toBe(30_000_000n);
    expect(input.beneficiaryContributionCentimes).toBe(0n); // empty = none
    expect(input.approvedOn).toEqual(new Date("2024-03-15T00:00:00Z"));
    expect(input.axisId).toBeNull();
    expect(input.partnerContributions).toEqual([]);
    expect(input.tranches).toEqual([{ plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 15_000_050n, paidOn: null }]);
    expect(input.acknowledgedWarnings).toEqual([]);
  });

  it("names the row field in error, and a half-filled row is not blank", () => {
    expect(errors(form({ "tranches.0.plannedOn": "2024-04-01", "tranches.0.amount": "beaucoup" }))).toEqual({ "tranches.0.amount": "notAnAmount" });
    expect(errors(form({ "partnerContributions.0.amount": "1000" }))).toEqual({ "partnerContributions.0.organisationId": "required" });
    expect(errors(form({ "tranches.0.amount": "1000", "tranches.0.paidOn": "31/02/2024" }))).toEqual({
      "tranches.0.plannedOn": "required",
      "tranches.0.paidOn": "invalidDate",
    });
  });

  it("refuses missing required fields and an unknown status", () => {
    expect(errors(form({ titleFr: " ", totalCost: "", status: "PAID", cooperativeId: "x" }))).toEqual({
      cooperativeId: "required", titleFr: "required", totalCost: "required", status: "required",
    });
  });

  it("reads the acknowledged warning codes and, on update, the version", () => {
    const result = updateGrantSchema.parse(unflatten(form({ acknowledgeWarnings: "indhShareAboveMax,womenOrYouthBelowMin", version: "4" })));
    expect(result.acknowledgedWarnings).toEqual(["indhShareAboveMax", "womenOrYouthBelowMin"]);
    expect(result.version).toBe(4);
    expect(updateGrantSchema.safeParse(unflatten(form())).success).toBe(false);
  });

  it("renumbers submitted rows without the blank ones, so error names match the re-rendered form", () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ titleFr: "T", "tranches.0.amount": "", "tranches.0.plannedOn": "", "tranches.1.amount": "5", "tranches.1.plannedOn": "2024-01-01", "tranches.2.amount": "x" })) data.append(k, v);
    expect(Object.fromEntries(compactGrantRows(data))).toEqual({ titleFr: "T", "tranches.0.amount": "5", "tranches.0.plannedOn": "2024-01-01", "tranches.1.amount": "x" });
  });
});

describe("conflict comparison", () => {
  it("treats two spellings of one amount or date as the same value", () => {
    expect(sameFormValue("totalCost", "500000.00", "500.000,00")).toBe(true);
    expect(sameFormValue("tranches.2.amount", "300000.00", "300 000 DH")).toBe(true);
    expect(sameFormValue("tranches.0.paidOn", "2024-04-01", "01/04/2024")).toBe(true);
    expect(sameFormValue("totalCost", "500000.00", "500000.01")).toBe(false);
    expect(sameFormValue("titleFr", "500000.00", "500.000,00")).toBe(false);
    expect(sameFormValue("tranches.0.paidOn", "", "")).toBe(true);
  });
});
