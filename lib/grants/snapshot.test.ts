import { describe, expect, it } from "vitest";
import { unflatten } from "@/lib/actions/form-state";
import { updateGrantSchema } from "./schema";
import { auditSnapshot, toFormValues } from "./snapshot";
import type { StoredGrant } from "./types";

const stored: StoredGrant = {
  id: 1, prefectureId: 1, cooperativeId: 3, programmeId: 7, axisId: 2, titleAr: "عنوان", titleFr: "Titre",
  approvedOn: new Date("2024-03-15T00:00:00Z"), status: "IN_PROGRESS", totalCostCentimes: 50_000_000n,
  indhContributionCentimes: 30_000_000n, beneficiaryContributionCentimes: 15_000_000n,
  acknowledgedWarnings: null, acknowledgedById: null, acknowledgedAt: null, isDemo: false, version: 2,
  partnerContributions: [{ organisationId: 9, amountCentimes: 5_000_000n }],
  tranches: [{ position: 1, plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 15_000_050n, paidOn: null }],
};

describe("stored grant views", () => {
  it("renders the form values the edit form submits, and they parse back to the same grant", () => {
    const values = toFormValues(stored);
    // Amounts as the form shows them (849.300,00), not as the database stores them (84930000 centimes).
    expect(values).toMatchObject({ totalCost: "500.000,00", approvedOn: "15/03/2024", "partnerContributions.0.organisationId": "9", "tranches.0.amount": "150.000,50", "tranches.0.paidOn": "" });
    const parsed = updateGrantSchema.parse(unflatten({ ...values, version: "2" }));
    expect(parsed.tranches).toEqual([{ plannedOn: stored.tranches[0]!.plannedOn, amountCentimes: 15_000_050n, paidOn: null }]);
    expect(parsed.partnerContributions).toEqual(stored.partnerContributions);
  });

  it("snapshots the rows for the audit trail with calendar dates as text", () => {
    expect(auditSnapshot(stored)).toMatchObject({
      approvedOn: "2024-03-15",
      partnerContributions: [{ organisationId: 9, amountCentimes: 5_000_000n }],
      tranches: [{ position: 1, plannedOn: "2024-04-01", amountCentimes: 15_000_050n, paidOn: null }],
    });
  });
});
