// Shared set-up of the grant integration tests: the reference data, a staff user, a cooperative that meets
// the social-economy axis rules, a valid grant input, and another prefecture's records to be refused.
import { expect } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createGrant } from "./mutations";
import type { GrantInput } from "./types";

export type GrantFixtures = {
  staff: SessionUser;
  national: SessionUser;
  /** 500,000 MAD: 300,000 INDH (exactly 60 % and the 300,000 cap), 150,000 beneficiary, 50,000 ODCO. */
  base: GrantInput;
  cooperativeId: number;
  other: { grantId: number; cooperativeId: number; organisationId: number };
};

export async function makeUser(email: string, prefectureId: number, isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "STAFF", isNational, prefectureId };
}

export async function setUpGrantFixtures(): Promise<GrantFixtures> {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const staff = await makeUser("staff@write.test", prefectureId);
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } });
  const sector = await db.sector.findFirstOrThrow();
  const cooperative = await db.cooperative.create({
    data: { prefectureId, registerNumber: "W-1", nameAr: "تعاونية", nameFr: "Coopérative", sectorId: sector.id, communeId: commune.id, members: 10, womenMembers: 6, youngMembers: 2 },
  });
  const axis = await db.axis.findFirstOrThrow({ where: { code: "SOCIAL-SOLIDARITY-ECONOMY" } });
  const odco = await db.organisation.findFirstOrThrow({ where: { prefectureId, code: "ODCO" } });
  const base: GrantInput = {
    cooperativeId: cooperative.id, programmeId: axis.programmeId, axisId: axis.id, titleAr: "معدات", titleFr: "Équipements",
    approvedOn: new Date("2024-03-15T00:00:00Z"), status: "APPROVED", totalCostCentimes: 50_000_000n, indhContributionCentimes: 30_000_000n,
    beneficiaryContributionCentimes: 15_000_000n, partnerContributions: [{ organisationId: odco.id, amountCentimes: 5_000_000n }],
    tranches: [{ plannedOn: new Date("2024-04-01T00:00:00Z"), amountCentimes: 30_000_000n, paidOn: null }],
  };
  const elsewhere = await db.prefecture.create({ data: { code: "ELSEWHERE", nameAr: "أخرى", nameFr: "Ailleurs", regionId: (await db.region.findFirstOrThrow()).id } });
  const otherCommune = await db.commune.create({ data: { prefectureId: elsewhere.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const otherCooperativeId = (await db.cooperative.create({
    data: { prefectureId: elsewhere.id, registerNumber: "W-1", nameAr: "أخرى", nameFr: "Autre", sectorId: sector.id, communeId: otherCommune.id, members: 5, womenMembers: 5, youngMembers: 0 },
  })).id;
  const otherOrganisationId = (await db.organisation.create({ data: { prefectureId: elsewhere.id, code: "O", kind: "OTHER", nameAr: "م", nameFr: "O" } })).id;
  const otherStaff = await makeUser("staff@elsewhere.test", elsewhere.id);
  const otherGrant = await createGrant(otherStaff, {
    ...base, cooperativeId: otherCooperativeId, partnerContributions: [{ organisationId: otherOrganisationId, amountCentimes: 5_000_000n }],
  });
  return {
    staff, base, cooperativeId: cooperative.id,
    national: await makeUser("national@write.test", prefectureId, true),
    other: { grantId: otherGrant.id, cooperativeId: otherCooperativeId, organisationId: otherOrganisationId },
  };
}

async function tables() {
  const db = getDb();
  return {
    grants: await db.grant.findMany({ orderBy: { id: "asc" } }),
    partners: await db.grantPartnerContribution.findMany({ orderBy: { id: "asc" } }),
    tranches: await db.grantTranche.findMany({ orderBy: { id: "asc" } }),
    audits: await db.auditEntry.count(),
  };
}

/** Runs a write that must be refused, checks that no row changed (audit included), returns the error. */
export async function refused(write: () => Promise<unknown>): Promise<unknown> {
  const before = await tables();
  const error = await write().then(() => new Error("the write was accepted"), (e: unknown) => e);
  expect(await tables()).toEqual(before);
  return error;
}

export const grantAudits = (entityId: number) =>
  getDb().auditEntry.findMany({ where: { entityType: "Grant", entityId: String(entityId) }, orderBy: { id: "asc" } });
