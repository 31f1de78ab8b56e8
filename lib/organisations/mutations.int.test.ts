import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import { fromAuditJson } from "@/lib/audit/serialize";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "./mutations";
import type { OrganisationInput } from "./schema";

let staff: SessionUser;
let otherStaff: SessionUser;
let otherCommuneId: number;
let counter = 0;
const input = (patch: Partial<OrganisationInput> = {}): OrganisationInput => ({
  code: `ORG-${++counter}`, kind: "ASSOCIATION", acronym: null, nameAr: "جمعية الأمل", nameFr: "Association Al Amal", communeId: null, ...patch,
});

async function makeUser(email: string, prefectureId: number): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "STAFF", isNational: false, prefectureId };
}

const auditsOf = (id: number) => getDb().auditEntry.findMany({ where: { entityType: "Organisation", entityId: String(id) }, orderBy: { id: "asc" } });

async function refused(write: () => Promise<unknown>): Promise<unknown> {
  const db = getDb();
  const snapshot = async () => ({ organisations: await db.organisation.findMany({ orderBy: { id: "asc" } }), audits: await db.auditEntry.count() });
  const before = await snapshot();
  const error = await write().then(() => new Error("the write was accepted"), (e: unknown) => e);
  expect(await snapshot()).toEqual(before);
  return error;
}

// An event needs an organiser; `partnerId` and `presenterId` add the other two kinds of reference.
async function makeEvent(organiserId: number, slug: string, partnerId?: number, presenterId?: number) {
  const text = { titleAr: "لقاء", titleFr: "Rencontre", venueAr: "طنجة", venueFr: "Tanger", summaryAr: "م", summaryFr: "R", bodyAr: "م", bodyFr: "R" };
  return getDb().event.create({
    data: {
      ...text, prefectureId: staff.prefectureId, slug, kind: "WORKSHOP", startsAt: new Date("2025-01-01T10:00:00Z"), organiserId,
      ...(partnerId && { partners: { create: [{ organisationId: partnerId, position: 1 }] } }),
      ...(presenterId && { presentations: { create: [{ position: 1, titleAr: "ع", titleFr: "E", presenterRoleAr: "م", presenterRoleFr: "D", summaryAr: "م", summaryFr: "R", organisationId: presenterId }] } }),
    },
  });
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  otherCommuneId = (await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id;
  staff = await makeUser("staff@test.ma", prefectureId);
  otherStaff = await makeUser("other@test.ma", other.id);
});

describe("organisation writes", () => {
  it("create writes one audit entry in the user's prefecture", async () => {
    const { id } = await createOrganisation(staff, input({ code: "NEW-ONE", nameFr: "Société Générale d'Équipement" }));
    const saved = await getDb().organisation.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ prefectureId: staff.prefectureId, searchText: expect.stringContaining("societe generale d'equipement") });
    const audits = await auditsOf(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "CREATE", userId: staff.id, userEmail: staff.email, before: null, prefectureId: staff.prefectureId });
    expect(fromAuditJson(audits[0]!.after)).toMatchObject({ id, code: "NEW-ONE", kind: "ASSOCIATION" });
  });

  it("refuses a code used in the prefecture (the seeded ODCO) and a commune of another prefecture", async () => {
    const taken = await refused(() => createOrganisation(staff, input({ code: "ODCO" })));
    expect((taken as DomainError).violations).toEqual([{ field: "code", code: "organisationCodeTaken" }]);
    const commune = await refused(() => createOrganisation(staff, input({ communeId: otherCommuneId })));
    expect((commune as DomainError).violations).toEqual([{ field: "communeId", code: "unknownCommune" }]);
    await createOrganisation(otherStaff, input({ code: "ODCO" })); // the same code elsewhere is fine
  });

  it("update writes before/after once and refuses an outdated version without changing anything", async () => {
    const { id } = await createOrganisation(staff, input({ acronym: "AAA" }));
    await updateOrganisation(staff, id, { ...input({ acronym: "BBB" }), version: 1 });
    const updates = (await auditsOf(id)).filter((a) => a.action === "UPDATE");
    expect(updates).toHaveLength(1);
    expect(fromAuditJson(updates[0]!.before)).toMatchObject({ acronym: "AAA", version: 1 });
    expect(fromAuditJson(updates[0]!.after)).toMatchObject({ acronym: "BBB", version: 2 });
    const conflict = await refused(() => updateOrganisation(staff, id, { ...input({ acronym: "CCC" }), version: 1 }));
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect((conflict as VersionConflictError).current).toMatchObject({ acronym: "BBB", communeId: "" });
  });

  it("refuses another prefecture's record for update and delete", async () => {
    const { id } = await createOrganisation(otherStaff, input());
    expect(await refused(() => updateOrganisation(staff, id, { ...input(), version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => deleteOrganisation(staff, id, { reason: "x", version: 1 }))).toBeInstanceOf(RecordNotFoundError);
  });

  it("delete keeps the reason in one audit entry", async () => {
    const { id } = await createOrganisation(staff, input());
    await deleteOrganisation(staff, id, { reason: "Saisie en double", version: 1 });
    expect(await getDb().organisation.findUnique({ where: { id } })).toBeNull();
    const deletes = (await auditsOf(id)).filter((a) => a.action === "DELETE");
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({ reason: "Saisie en double", after: null, userId: staff.id });
  });

  it("refuses to delete an organisation referred to by events, presentations or grant contributions", async () => {
    const organiser = await createOrganisation(staff, input());
    const partner = await createOrganisation(staff, input());
    await makeEvent(organiser.id, "e-1", partner.id, partner.id);
    await makeEvent(organiser.id, "e-2");
    const cooperative = await getDb().cooperative.create({
      data: { prefectureId: staff.prefectureId, registerNumber: "R", nameAr: "ت", nameFr: "C", sectorId: (await getDb().sector.findFirstOrThrow()).id, communeId: (await getDb().commune.findFirstOrThrow()).id, members: 1, womenMembers: 0, youngMembers: 0 },
    });
    await getDb().grant.create({
      data: {
        prefectureId: staff.prefectureId, cooperativeId: cooperative.id, programmeId: (await getDb().programme.findFirstOrThrow()).id, titleAr: "م", titleFr: "P",
        approvedOn: new Date("2024-01-01T00:00:00Z"), totalCostCentimes: 100n, indhContributionCentimes: 50n, beneficiaryContributionCentimes: 20n, status: "APPROVED",
        partnerContributions: { create: [{ organisationId: partner.id, amountCentimes: 30n }] },
      },
    });
    const byOrganiser = await refused(() => deleteOrganisation(staff, organiser.id, { reason: "x", version: 1 }));
    expect((byOrganiser as StillReferencedError).references).toEqual({ events: 2 });
    const byPartner = await refused(() => deleteOrganisation(staff, partner.id, { reason: "x", version: 1 }));
    expect((byPartner as StillReferencedError).references).toEqual({ events: 1, presentations: 1, partnerContributions: 1 });
  });
});
