import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { VersionConflictError } from "@/lib/actions/errors";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createPrefecture, updatePrefecture } from "./prefecture-mutations";
import { createCommune, updateCommune } from "./mutations";
import { listCommunes } from "./queries";

let local: SessionUser; // ADMIN of Tanger-Assilah
let national: SessionUser;
let regionId: number;

const session = async (email: string, prefectureId: number, isNational: boolean): Promise<SessionUser> => {
  const u = await getDb().user.create({ data: { email, name: email, role: "ADMIN", isNational, prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role: "ADMIN", isNational, prefectureId };
};

async function refused<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(() => { throw new Error("accepted"); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const commune = { nameAr: "جماعة", nameFr: "Commune", legalStatus: "RURAL_COMMUNE" as const, setting: "RURAL" as const, alternativeNames: "" };
const params = (q: string, filters: Record<string, string> = {}) => ({ q, page: 1, sort: "code" as const, dir: "asc" as const, filters });

beforeAll(async () => {
  const { prefectureId } = await seedReference(getDb());
  local = await session("local@test.ma", prefectureId, false);
  national = await session("national@test.ma", prefectureId, true);
  regionId = (await getDb().region.findUniqueOrThrow({ where: { code: "ORIENTAL" } })).id;
});

describe("prefectures and provinces", () => {
  it("a national admin creates one, audited under it; a prefecture admin cannot", async () => {
    const input = { regionId, code: "NEW-PROVINCE", kind: "PROVINCE" as const, nameAr: "إقليم جديد", nameFr: "Province nouvelle" };
    const error = await refused(createPrefecture(local, input), DomainError);
    expect(error.violations).toEqual([{ field: "code", code: "nationalOnly" }]);
    expect(await getDb().prefecture.count()).toBe(75);

    const { id } = await createPrefecture(national, input);
    expect(await getDb().prefecture.findUniqueOrThrow({ where: { id } })).toMatchObject({ ...input, version: 1 });
    const entries = await getDb().auditEntry.findMany({ where: { entityType: "Prefecture", entityId: String(id) } });
    expect(entries).toMatchObject([{ action: "CREATE", prefectureId: id, userId: national.id }]);

    const taken = await refused(createPrefecture(national, { ...input, code: "TAZA" }), DomainError);
    expect(taken.violations).toEqual([{ field: "code", code: "codeTaken" }]);
    const region = await refused(createPrefecture(national, { ...input, code: "X", regionId: 999_999 }), DomainError);
    expect(region.violations).toEqual([{ field: "regionId", code: "unknownRegion" }]);
  });

  it("a national admin corrects names with a version check; the code stays", async () => {
    const taza = await getDb().prefecture.findUniqueOrThrow({ where: { code: "TAZA" } });
    const input = { regionId: taza.regionId, kind: "PROVINCE" as const, nameAr: "إقليم تازة", nameFr: "Province de Taza (corrigée)", version: 1 };
    await refused(updatePrefecture(local, taza.id, input), DomainError);
    await updatePrefecture(national, taza.id, input);
    const conflict = await refused(updatePrefecture(national, taza.id, { ...input, nameFr: "Autre" }), VersionConflictError);
    expect(conflict.current.nameFr).toBe("Province de Taza (corrigée)");
    expect(await getDb().prefecture.findUniqueOrThrow({ where: { id: taza.id } })).toMatchObject({ code: "TAZA", nameFr: "Province de Taza (corrigée)", version: 2 });
  });
});

describe("communes of any prefecture", () => {
  it("a national admin adds communes to a province and moves one filed under the wrong province; a prefecture admin stays in theirs", async () => {
    const db = getDb();
    const larache = await db.prefecture.findUniqueOrThrow({ where: { code: "LARACHE" } });
    const tetouan = await db.prefecture.findUniqueOrThrow({ where: { code: "TETOUAN" } });
    const { id } = await createCommune(national, { ...commune, code: "KSAR-EL-KEBIR", prefectureId: tetouan.id });
    await updateCommune(national, id, { ...commune, code: "KSAR-EL-KEBIR", prefectureId: larache.id, version: 1 });
    expect(await db.commune.findUniqueOrThrow({ where: { id } })).toMatchObject({ prefectureId: larache.id, version: 2 });
    // The move is in both prefectures' history.
    const moved = await db.auditEntry.findMany({ where: { entityType: "Commune", entityId: String(id), action: "UPDATE" }, select: { prefectureId: true } });
    expect(moved.map((e) => e.prefectureId).sort()).toEqual([larache.id, tetouan.id].sort());

    const other = await refused(createCommune(local, { ...commune, code: "ELSEWHERE", prefectureId: larache.id }), DomainError);
    expect(other.violations).toEqual([{ field: "prefectureId", code: "nationalOnly" }]);
    expect(await db.commune.count({ where: { code: "ELSEWHERE" } })).toBe(0);
    const own = await createCommune(local, { ...commune, code: "OWN", prefectureId: local.prefectureId });
    expect((await db.commune.findUniqueOrThrow({ where: { id: own.id } })).prefectureId).toBe(local.prefectureId);
  });

  it("refuses to move a commune other records already point to", async () => {
    const db = getDb();
    const tanger = await db.commune.findFirstOrThrow({ where: { code: "TANGER", prefectureId: local.prefectureId } });
    const fahs = await db.prefecture.findUniqueOrThrow({ where: { code: "FAHS-ANJRA" } });
    const error = await refused(updateCommune(national, tanger.id, { ...commune, code: "TANGER", nameAr: tanger.nameAr, nameFr: tanger.nameFr, prefectureId: fahs.id, version: tanger.version }), DomainError);
    expect(error.violations).toEqual([{ field: "prefectureId", code: "communeInUse" }]);
    expect((await db.commune.findUniqueOrThrow({ where: { id: tanger.id } })).prefectureId).toBe(local.prefectureId);
  });

  it("finds a commune by any of its spellings, and a national admin narrows the list to one prefecture", async () => {
    for (const q of ["Asilah", "Arzila", "أصيلا", "أصيلة"]) {
      expect((await listCommunes(local, params(q))).rows.map((r) => r.code), q).toEqual(["ASSILAH"]);
    }
    const larache = await getDb().prefecture.findUniqueOrThrow({ where: { code: "LARACHE" } });
    expect((await listCommunes(national, params("", { prefecture: String(larache.id) }))).rows.map((r) => r.code)).toEqual(["KSAR-EL-KEBIR"]);
    // The filter is a national admin's: for anyone else the list stays their prefecture's.
    expect((await listCommunes(local, params("", { prefecture: String(larache.id) }))).total).toBe(12);
  });
});
