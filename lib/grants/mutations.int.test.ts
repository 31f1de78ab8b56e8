import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { createGrant } from "./mutations";
import type { GrantInput } from "./types";

let prefectureId: number;
let user: SessionUser;
let otherPrefectureCooperativeId: number;
let base: GrantInput;

async function rowCounts() {
  const db = getDb();
  return {
    grants: await db.grant.count(),
    partners: await db.grantPartnerContribution.count(),
    tranches: await db.grantTranche.count(),
  };
}

async function refusal(input: GrantInput): Promise<DomainError> {
  const before = await rowCounts();
  const error = await createGrant(user, input).then(
    () => { throw new Error("the grant was accepted"); },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(await rowCounts()).toEqual(before); // nothing written
  return error as DomainError;
}

beforeAll(async () => {
  const db = getDb();
  ({ prefectureId } = await seedReference(db));
  const staff = await db.user.create({ data: { email: "staff@grants.test", name: "Staff", role: "STAFF", prefectureId, passwordHash: "x" } });
  user = { id: staff.id, email: staff.email, name: staff.name, role: "STAFF", isNational: false, prefectureId };
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } });
  const sector = await db.sector.findFirstOrThrow();
  const cooperative = await db.cooperative.create({
    data: { prefectureId, registerNumber: "T-1", nameAr: "تعاونية", nameFr: "Coopérative", sectorId: sector.id, communeId: commune.id, members: 10, womenMembers: 6, youngMembers: 4 },
  });
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  const [odco, ads] = await Promise.all(["ODCO", "ADS"].map((code) => db.organisation.findFirstOrThrow({ where: { prefectureId, code } })));
  // A second prefecture, to prove ids from elsewhere are refused.
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  const otherCommune = await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  otherPrefectureCooperativeId = (await db.cooperative.create({
    data: { prefectureId: other.id, registerNumber: "T-1", nameAr: "أخرى", nameFr: "Autre", sectorId: sector.id, communeId: otherCommune.id, members: 7, womenMembers: 0, youngMembers: 0 },
  })).id;
  base = {
    cooperativeId: cooperative.id,
    programmeId: axis.programmeId,
    axisId: axis.id,
    titleAr: "اقتناء معدات",
    titleFr: "Acquisition d'équipements",
    approvedOn: new Date("2024-03-15T00:00:00Z"),
    status: "APPROVED",
    totalCostCentimes: 50_000_000n,
    indhContributionCentimes: 30_000_000n,
    beneficiaryContributionCentimes: 10_000_000n,
    partnerContributions: [
      { organisationId: odco!.id, amountCentimes: 6_000_000n },
      { organisationId: ads!.id, amountCentimes: 4_000_000n },
    ],
    tranches: [
      { plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 18_000_000n, paidOn: new Date("2024-04-10T00:00:00Z") },
      { plannedOn: new Date("2024-10-01T00:00:00Z"), amountCentimes: 12_000_000n, paidOn: null },
    ],
  };
});

describe("createGrant enforces the money invariants in the domain", () => {
  it("writes a valid grant with its two partner contributions and two tranches", async () => {
    const { id } = await createGrant(user, base);
    const saved = await getDb().grant.findUniqueOrThrow({ where: { id }, include: { partnerContributions: true, tranches: { orderBy: { position: "asc" } } } });
    expect(saved.indhContributionCentimes).toBe(30_000_000n);
    expect(saved.partnerContributions.map((p) => p.amountCentimes).sort()).toEqual([4_000_000n, 6_000_000n]);
    expect(saved.tranches.map((t) => [t.position, t.amountCentimes])).toEqual([[1, 18_000_000n], [2, 12_000_000n]]);
  });

  it("keeps amounts beyond 2^53 centimes exact", async () => {
    const huge = 2n ** 60n + 1n;
    // A 100 % INDH share above the axis cap breaks two eligibility rules: acknowledged, so it saves.
    const acknowledgedWarnings = ["indhShareAboveMax", "indhContributionAboveMax"];
    const { id } = await createGrant(user, { ...base, totalCostCentimes: huge, indhContributionCentimes: huge, beneficiaryContributionCentimes: 0n, partnerContributions: [], tranches: [], acknowledgedWarnings });
    const saved = await getDb().grant.findUniqueOrThrow({ where: { id } });
    expect(saved.totalCostCentimes).toBe(huge);
  });

  it("refuses a negative amount", async () => {
    const error = await refusal({ ...base, beneficiaryContributionCentimes: -1n, totalCostCentimes: 39_999_999n });
    expect(error.violations).toEqual([{ field: "beneficiaryContribution", code: "negativeAmount" }]);
  });

  it("refuses an INDH contribution above the total cost", async () => {
    const error = await refusal({ ...base, indhContributionCentimes: 60_000_000n, beneficiaryContributionCentimes: 0n, partnerContributions: [], totalCostCentimes: 50_000_000n });
    expect(error.violations).toContainEqual({ field: "indhContribution", code: "indhExceedsTotalCost" });
  });

  it("refuses contributions that do not add up to the total cost", async () => {
    const error = await refusal({ ...base, totalCostCentimes: 50_000_100n });
    expect(error.violations).toEqual([{ field: "totalCost", code: "contributionsDoNotAddUp" }]);
  });

  it("refuses tranches above the INDH contribution", async () => {
    const error = await refusal({ ...base, tranches: [...base.tranches, { plannedOn: new Date("2025-01-01T00:00:00Z"), amountCentimes: 1n, paidOn: null }] });
    expect(error.violations).toEqual([{ field: "tranches", code: "tranchesExceedIndh" }]);
  });

  it("refuses a cooperative of another prefecture", async () => {
    const error = await refusal({ ...base, cooperativeId: otherPrefectureCooperativeId });
    expect(error.violations).toEqual([{ field: "cooperativeId", code: "unknownCooperative" }]);
  });
});
