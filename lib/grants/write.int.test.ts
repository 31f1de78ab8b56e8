// Blocking rules and prefecture isolation of the grant writes, on a real database file.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError } from "@/lib/actions/errors";
import { createGrant, deleteGrant, updateGrant } from "./mutations";
import { refused, setUpGrantFixtures, type GrantFixtures } from "./test-fixtures";
import type { GrantInput } from "./types";

let f: GrantFixtures;
beforeAll(async () => {
  f = await setUpGrantFixtures();
});

describe("blocking rules refuse the write with the field in error", () => {
  const cases: [string, (base: GrantInput) => Partial<GrantInput>, { field: string; code: string }][] = [
    ["a negative partner amount", (b) => ({ partnerContributions: [{ organisationId: b.partnerContributions[0]!.organisationId, amountCentimes: -1n }] }), { field: "partnerContributions.0.amount", code: "negativeAmount" }],
    ["a negative tranche", () => ({ tranches: [{ plannedOn: new Date(), amountCentimes: -5n, paidOn: null }] }), { field: "tranches.0.amount", code: "negativeAmount" }],
    ["tranches above the INDH contribution", () => ({ tranches: [{ plannedOn: new Date(), amountCentimes: 30_000_001n, paidOn: null }] }), { field: "tranches", code: "tranchesExceedIndh" }],
    ["an INDH contribution above the total cost", () => ({ indhContributionCentimes: 60_000_000n }), { field: "indhContribution", code: "indhExceedsTotalCost" }],
    ["contributions that miss the total", () => ({ totalCostCentimes: 50_000_001n }), { field: "totalCost", code: "contributionsDoNotAddUp" }],
    ["an unknown programme", () => ({ programmeId: 999_999, axisId: null }), { field: "programmeId", code: "unknownProgramme" }],
    ["an axis of another programme", () => ({ axisId: 999_999 }), { field: "axisId", code: "axisNotInProgramme" }],
  ];
  it.each(cases)("refuses %s", async (_name, patch, violation) => {
    const error = await refused(() => createGrant(f.staff, { ...f.base, ...patch(f.base) }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations).toContainEqual(violation);
  });

  it("refuses the same partner twice", async () => {
    const p = f.base.partnerContributions[0]!;
    const error = await refused(() => createGrant(f.staff, { ...f.base, beneficiaryContributionCentimes: 10_000_000n, partnerContributions: [p, p] }));
    expect((error as DomainError).violations).toEqual([{ field: "partnerContributions.1.organisationId", code: "duplicatePartner" }]);
  });

  it("refuses a broken rule on update too, leaving the grant as it was", async () => {
    const { id } = await createGrant(f.staff, f.base);
    const error = await refused(() => updateGrant(f.staff, id, { ...f.base, totalCostCentimes: 1n, version: 1 }));
    expect((error as DomainError).violations).toContainEqual({ field: "totalCost", code: "contributionsDoNotAddUp" });
  });
});

describe("another prefecture's records are out of reach", () => {
  it("refuses its cooperative and its organisation on create and update", async () => {
    const coop = await refused(() => createGrant(f.staff, { ...f.base, cooperativeId: f.other.cooperativeId }));
    expect((coop as DomainError).violations).toEqual([{ field: "cooperativeId", code: "unknownCooperative" }]);
    const foreignPartner = [{ organisationId: f.other.organisationId, amountCentimes: 5_000_000n }];
    const partner = await refused(() => createGrant(f.staff, { ...f.base, partnerContributions: foreignPartner }));
    expect((partner as DomainError).violations).toEqual([{ field: "partnerContributions.0.organisationId", code: "unknownOrganisation" }]);
    const { id } = await createGrant(f.staff, f.base);
    const moved = await refused(() => updateGrant(f.staff, id, { ...f.base, cooperativeId: f.other.cooperativeId, version: 1 }));
    expect((moved as DomainError).violations).toEqual([{ field: "cooperativeId", code: "unknownCooperative" }]);
  });

  it("does not find its grant to update or delete", async () => {
    expect(await refused(() => updateGrant(f.staff, f.other.grantId, { ...f.base, version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => deleteGrant(f.staff, f.other.grantId, { reason: "x", version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => deleteGrant(f.staff, 999_999, { reason: "x", version: 1 }))).toBeInstanceOf(RecordNotFoundError);
  });

  it("lets a national user file a grant in the cooperative's prefecture, with that prefecture's partners only", async () => {
    const input = { ...f.base, cooperativeId: f.other.cooperativeId, partnerContributions: [{ organisationId: f.other.organisationId, amountCentimes: 5_000_000n }] };
    const { id } = await createGrant(f.national, input);
    expect((await getDb().grant.findUniqueOrThrow({ where: { id } })).prefectureId).not.toBe(f.staff.prefectureId);
    const error = await refused(() => createGrant(f.national, { ...input, partnerContributions: f.base.partnerContributions }));
    expect((error as DomainError).violations).toEqual([{ field: "partnerContributions.0.organisationId", code: "unknownOrganisation" }]);
  });
});
