import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import { fromAuditJson } from "@/lib/audit/serialize";
import { createCooperative, deleteCooperative, updateCooperative } from "./mutations";
import type { CooperativeInput } from "./schema";

let staff: SessionUser;
let otherStaff: SessionUser;
let base: CooperativeInput;
let otherCommuneId: number;
let programmeId: number;

async function makeUser(email: string, prefectureId: number): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "STAFF", prefectureId, passwordHash: "x" } });
  return { id: u.id, email: u.email, name: u.name, role: "STAFF", isNational: false, prefectureId };
}

const auditsOf = (entityId: number) => getDb().auditEntry.findMany({ where: { entityType: "Cooperative", entityId: String(entityId) }, orderBy: { id: "asc" } });

/** Runs a write expected to fail, and proves it left every table as it was. */
async function refused(write: () => Promise<unknown>): Promise<unknown> {
  const db = getDb();
  const snapshot = async () => ({ cooperatives: await db.cooperative.findMany({ orderBy: { id: "asc" } }), audits: await db.auditEntry.count() });
  const before = await snapshot();
  const error = await write().then(() => new Error("the write was accepted"), (e: unknown) => e);
  expect(await snapshot()).toEqual(before);
  return error;
}

let counter = 0;
const input = (patch: Partial<CooperativeInput> = {}): CooperativeInput => ({ ...base, registerNumber: `REG-${++counter}`, ...patch });

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const commune = await db.commune.findFirstOrThrow({ where: { prefectureId, code: "TANGER" } });
  const sector = await db.sector.findFirstOrThrow();
  programmeId = (await db.programme.findFirstOrThrow()).id;
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  otherCommuneId = (await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } })).id;
  staff = await makeUser("staff@test.ma", prefectureId);
  otherStaff = await makeUser("other@test.ma", other.id);
  base = {
    registerNumber: "REG-0", nameAr: "تعاونية النور", nameFr: "Coopérative Annour", sectorId: sector.id, communeId: commune.id, placeId: null,
    foundedOn: new Date("2019-05-02T00:00:00Z"), members: 12, womenMembers: 7, youngMembers: 4, contactName: null, contactPhone: null, contactEmail: null,
  };
});

describe("createCooperative", () => {
  it("writes the record in the user's prefecture with exactly one audit entry", async () => {
    const { id } = await createCooperative(staff, input({ nameFr: "Coopérative Élégance" }));
    const saved = await getDb().cooperative.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ prefectureId: staff.prefectureId, version: 1, searchText: expect.stringContaining("cooperative elegance") });
    const audits = await auditsOf(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "CREATE", userId: staff.id, userEmail: staff.email, prefectureId: staff.prefectureId, before: null });
    expect(fromAuditJson(audits[0]!.after)).toMatchObject({ id, nameFr: "Coopérative Élégance", members: 12, foundedOn: "2019-05-02T00:00:00.000Z" });
  });

  it("refuses a register number already used in the prefecture, but not one used elsewhere", async () => {
    const { id } = await createCooperative(otherStaff, { ...input(), communeId: otherCommuneId, registerNumber: "SHARED-1" });
    expect(id).toBeGreaterThan(0);
    await createCooperative(staff, input({ registerNumber: "SHARED-1" }));
    const error = await refused(() => createCooperative(staff, input({ registerNumber: "SHARED-1" })));
    expect((error as DomainError).violations).toEqual([{ field: "registerNumber", code: "registerNumberTaken" }]);
  });

  it("refuses a commune of another prefecture and a place outside the commune", async () => {
    const place = await getDb().place.findFirstOrThrow();
    const wrongPlaceCommune = await getDb().commune.findFirstOrThrow({ where: { prefectureId: staff.prefectureId, code: "ASSILAH" } });
    const error = await refused(() => createCooperative(staff, input({ communeId: otherCommuneId })));
    expect((error as DomainError).violations).toEqual([{ field: "communeId", code: "unknownCommune" }]);
    const placeError = await refused(() => createCooperative(staff, input({ communeId: wrongPlaceCommune.id, placeId: place.id })));
    expect((placeError as DomainError).violations).toEqual([{ field: "placeId", code: "placeNotInCommune" }]);
  });

  it("refuses more women or young members than members", async () => {
    const error = await refused(() => createCooperative(staff, input({ members: 3, womenMembers: 4, youngMembers: 5 })));
    expect((error as DomainError).violations).toEqual([
      { field: "womenMembers", code: "womenExceedMembers" },
      { field: "youngMembers", code: "youngExceedMembers" },
    ]);
  });
});

describe("updateCooperative", () => {
  it("saves, bumps the version and writes one audit entry with before and after", async () => {
    const { id } = await createCooperative(staff, input());
    await updateCooperative(staff, id, { ...input({ nameFr: "Coopérative Renommée", members: 20 }), version: 1 });
    const saved = await getDb().cooperative.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ nameFr: "Coopérative Renommée", members: 20, version: 2, searchText: expect.stringContaining("cooperative renommee") });
    const updates = (await auditsOf(id)).filter((a) => a.action === "UPDATE");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ userId: staff.id, userEmail: staff.email });
    expect(fromAuditJson(updates[0]!.before)).toMatchObject({ nameFr: "Coopérative Annour", members: 12, version: 1 });
    expect(fromAuditJson(updates[0]!.after)).toMatchObject({ nameFr: "Coopérative Renommée", members: 20, version: 2 });
  });

  it("keeps its own register number, and refuses another cooperative's", async () => {
    const a = await createCooperative(staff, input());
    const b = await createCooperative(staff, input());
    const own = (await getDb().cooperative.findUniqueOrThrow({ where: { id: a.id } })).registerNumber;
    await updateCooperative(staff, a.id, { ...input({ registerNumber: own }), version: 1 });
    const error = await refused(() => updateCooperative(staff, b.id, { ...input({ registerNumber: own }), version: 1 }));
    expect((error as DomainError).violations).toEqual([{ field: "registerNumber", code: "registerNumberTaken" }]);
  });

  it("refuses a save over a newer version, changes nothing, and reports the stored values", async () => {
    const { id } = await createCooperative(staff, input({ members: 12 }));
    await updateCooperative(staff, id, { ...input({ members: 30 }), version: 1 });
    const error = await refused(() => updateCooperative(staff, id, { ...input({ members: 40 }), version: 1 }));
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).currentVersion).toBe(2);
    expect((error as VersionConflictError).current).toMatchObject({ members: "30", foundedOn: "02/05/2019", placeId: "" });
  });

  it("refuses another prefecture's record as if it did not exist", async () => {
    const { id } = await createCooperative(otherStaff, { ...input(), communeId: otherCommuneId });
    expect(await refused(() => updateCooperative(staff, id, { ...input(), version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => updateCooperative(staff, Number.NaN, { ...input(), version: 1 }))).toBeInstanceOf(RecordNotFoundError);
  });
});

describe("deleteCooperative", () => {
  it("deletes and keeps the reason in one audit entry", async () => {
    const { id } = await createCooperative(staff, input());
    await deleteCooperative(staff, id, { reason: "Doublon", version: 1 });
    expect(await getDb().cooperative.findUnique({ where: { id } })).toBeNull();
    const deletes = (await auditsOf(id)).filter((a) => a.action === "DELETE");
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).toMatchObject({ reason: "Doublon", after: null, userId: staff.id });
    expect(fromAuditJson(deletes[0]!.before)).toMatchObject({ id, nameAr: "تعاونية النور" });
  });

  it("refuses a cooperative that has grants, and deletes nothing", async () => {
    const { id } = await createCooperative(staff, input());
    await getDb().grant.create({
      data: {
        prefectureId: staff.prefectureId, cooperativeId: id, programmeId, titleAr: "مشروع", titleFr: "Projet", approvedOn: new Date("2024-01-01T00:00:00Z"),
        totalCostCentimes: 100n, indhContributionCentimes: 60n, beneficiaryContributionCentimes: 40n, status: "APPROVED",
      },
    });
    const error = await refused(() => deleteCooperative(staff, id, { reason: "Erreur", version: 1 }));
    expect(error).toBeInstanceOf(StillReferencedError);
    expect((error as StillReferencedError).references).toEqual({ grants: 1 });
  });

  it("refuses another prefecture's record and an outdated version", async () => {
    const { id } = await createCooperative(otherStaff, { ...input(), communeId: otherCommuneId });
    expect(await refused(() => deleteCooperative(staff, id, { reason: "x", version: 1 }))).toBeInstanceOf(RecordNotFoundError);
    expect(await refused(() => deleteCooperative(otherStaff, id, { reason: "x", version: 7 }))).toBeInstanceOf(VersionConflictError);
  });
});
