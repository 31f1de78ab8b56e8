import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, StillReferencedError, VersionConflictError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createCommune, createPlace, deleteCommune, deletePlace, updateCommune, updatePlace } from "./mutations";

let adminA: SessionUser;
let adminB: SessionUser;
const fields = { code: "NEW-ONE", nameAr: "جماعة جديدة", nameFr: "Nouvelle", legalStatus: "RURAL_COMMUNE" as const, setting: "RURAL" as const, alternativeNames: "", prefectureId: null };
const commune = { ...fields, prefectureId: null };

async function admin(email: string, prefectureId: number): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role: "ADMIN", prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "ADMIN", isNational: false, prefectureId };
}

const audits = (entityType: string, id: number) => getDb().auditEntry.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: "asc" } });

async function refused<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(() => { throw new Error("accepted"); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const other = await db.prefecture.create({ data: { code: "B", nameAr: "ب", nameFr: "B", regionId: (await db.region.findFirstOrThrow()).id } });
  adminA = await admin("a@test.ma", prefectureId);
  adminB = await admin("b@test.ma", other.id);
});

describe("communes", () => {
  it("creates, updates and deletes with exactly one audit entry each, carrying before and after", async () => {
    const { id } = await createCommune(adminA, commune);
    await updateCommune(adminA, id, { code: "NEW-ONE", nameAr: "جماعة", nameFr: "Renommée", legalStatus: "RURAL_COMMUNE", setting: "URBAN", alternativeNames: "", prefectureId: null, version: 1 });
    await deleteCommune(adminA, id, { reason: "doublon", version: 2 });
    const entries = await audits("Commune", id);
    expect(entries.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(entries.every((e) => e.prefectureId === adminA.prefectureId && e.userId === adminA.id)).toBe(true);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ nameFr: "Nouvelle", setting: "RURAL" });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ nameFr: "Renommée", setting: "URBAN" });
    expect(entries[2]).toMatchObject({ reason: "doublon", after: null });
    expect(await getDb().commune.findUnique({ where: { id } })).toBeNull();
  });

  it("refuses a duplicate code in the same prefecture but allows it in another", async () => {
    const error = await refused(createCommune(adminA, { ...commune, code: "TANGER" }), DomainError);
    expect(error.violations).toEqual([{ field: "code", code: "codeTaken" }]);
    await createCommune(adminB, { ...commune, code: "TANGER" });
  });

  it("refuses a stale version and writes nothing", async () => {
    const { id } = await createCommune(adminA, { ...commune, code: "STALE" });
    await updateCommune(adminA, id, { ...fields, code: "STALE", nameFr: "First", version: 1 });
    const conflict = await refused(updateCommune(adminA, id, { ...fields, code: "STALE", nameFr: "Second", version: 1 }), VersionConflictError);
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.current.nameFr).toBe("First");
    expect(await audits("Commune", id)).toHaveLength(2);
  });

  it("refuses deleting a commune still referred to, and lists what refers to it", async () => {
    const tanger = await getDb().commune.findFirstOrThrow({ where: { prefectureId: adminA.prefectureId, code: "TANGER" } });
    const error = await refused(deleteCommune(adminA, tanger.id, { reason: "test", version: tanger.version }), StillReferencedError);
    // The seed gives Tangier its commune organisation and its arrondissements.
    expect(error.references).toMatchObject({ organisations: 1, places: 4 });
    expect(error.references).not.toHaveProperty("cooperatives"); // only kinds actually found
    expect(await audits("Commune", tanger.id)).toHaveLength(0);
  });

  it("treats another prefecture's commune as not found", async () => {
    const tanger = await getDb().commune.findFirstOrThrow({ where: { prefectureId: adminA.prefectureId, code: "TANGER" } });
    await refused(updateCommune(adminB, tanger.id, { ...fields, version: tanger.version }), RecordNotFoundError);
    await refused(deleteCommune(adminB, tanger.id, { reason: "x", version: tanger.version }), RecordNotFoundError);
    await refused(createPlace(adminB, { communeId: tanger.id, code: "X", kind: "OTHER", nameAr: "س", nameFr: "X" }), RecordNotFoundError);
  });
});

describe("places", () => {
  it("are written inside an own-prefecture commune, audited under its prefecture, and versioned", async () => {
    const tanger = await getDb().commune.findFirstOrThrow({ where: { prefectureId: adminA.prefectureId, code: "TANGER" } });
    const { id } = await createPlace(adminA, { communeId: tanger.id, code: "MARSHAN", kind: "DISTRICT", nameAr: "مرشان", nameFr: "Marshan" });
    await updatePlace(adminA, id, { code: "MARSHAN", kind: "DISTRICT", nameAr: "مرشان", nameFr: "Le Marshan", version: 1 });
    await refused(updatePlace(adminA, id, { code: "MARSHAN", kind: "OTHER", nameAr: "مرشان", nameFr: "Old", version: 1 }), VersionConflictError);
    await refused(updatePlace(adminB, id, { code: "MARSHAN", kind: "OTHER", nameAr: "مرشان", nameFr: "B", version: 2 }), RecordNotFoundError);
    expect(await deletePlace(adminA, id, { reason: "erreur", version: 2 })).toEqual({ communeId: tanger.id });
    const entries = await audits("Place", id);
    expect(entries.map((e) => [e.action, e.prefectureId])).toEqual([["CREATE", adminA.prefectureId], ["UPDATE", adminA.prefectureId], ["DELETE", adminA.prefectureId]]);
  });

  it("refuses deleting a place where a cooperative is", async () => {
    const db = getDb();
    const place = await db.place.findFirstOrThrow({ where: { commune: { prefectureId: adminA.prefectureId } } });
    const sector = await db.sector.findFirstOrThrow();
    await db.cooperative.create({ data: { prefectureId: adminA.prefectureId, registerNumber: "P-1", nameAr: "ت", nameFr: "C", sectorId: sector.id, communeId: place.communeId, placeId: place.id, members: 7, womenMembers: 3, youngMembers: 2 } });
    const error = await refused(deletePlace(adminA, place.id, { reason: "x", version: place.version }), StillReferencedError);
    expect(error.references).toEqual({ cooperatives: 1 });
  });
});
