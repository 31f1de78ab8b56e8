import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { parseListParams } from "@/lib/lists/list-params";
import { createCooperative } from "./mutations";
import { getCooperative, getCooperativeForEdit, listCooperatives } from "./queries";
import { COOPERATIVE_FILTERS, COOPERATIVE_SORTS } from "./types";

let staff: SessionUser;
let national: SessionUser;
let otherId: number;
let ids: Record<string, number>;

const params = (raw: Record<string, string>) => parseListParams(raw, { sorts: COOPERATIVE_SORTS, defaultSort: "name", filters: COOPERATIVE_FILTERS });
const names = async (user: SessionUser, raw: Record<string, string>) => (await listCooperatives(user, params(raw), "fr")).items.map((i) => i.registerNumber);

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const commune = (code: string) => db.commune.findFirstOrThrow({ where: { prefectureId, code } });
  const [tanger, manzla] = [await commune("TANGER"), await commune("AL-MANZLA")];
  const [crafts, beekeeping] = [await db.sector.findUniqueOrThrow({ where: { code: "CRAFTS" } }), await db.sector.findUniqueOrThrow({ where: { code: "BEEKEEPING" } })];
  const other = await db.prefecture.create({ data: { code: "OTHER", nameAr: "أخرى", nameFr: "Autre", regionId: (await db.region.findFirstOrThrow()).id } });
  const otherCommune = await db.commune.create({ data: { prefectureId: other.id, code: "X", nameAr: "س", nameFr: "X", legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  const user = async (email: string, prefecture: number, isNational = false): Promise<SessionUser> => {
    const u = await db.user.create({ data: { email, name: email, role: "STAFF", isNational, prefectureId: prefecture, passwordHash: "x" } });
    return { id: u.id, email, name: email, role: "STAFF", isNational, prefectureId: prefecture };
  };
  staff = await user("staff@test.ma", prefectureId);
  national = await user("national@test.ma", prefectureId, true);
  const otherStaff = await user("other@test.ma", other.id);
  const base = { placeId: null, foundedOn: null, womenMembers: 0, youngMembers: 0, contactName: null, contactPhone: null, contactEmail: null };
  const make = (u: SessionUser, registerNumber: string, nameAr: string, nameFr: string, communeId: number, sectorId: number, members: number) =>
    createCooperative(u, { ...base, registerNumber, nameAr, nameFr, communeId, sectorId, members });
  ids = {
    A: (await make(staff, "A", "تعاونيّة الأمل", "Coopérative Al Amal", tanger.id, crafts.id, 30)).id,
    B: (await make(staff, "B", "جمعية النحالين", "Ruchers du Nord", manzla.id, beekeeping.id, 10)).id,
    C: (await make(staff, "C", "تعاونية الخير", "Coopérative EL KHEIR", manzla.id, crafts.id, 20)).id,
  };
  otherId = (await make(otherStaff, "Z", "تعاونية أخرى", "Coopérative ailleurs", otherCommune.id, crafts.id, 5)).id;
  await db.grant.create({
    data: {
      prefectureId, cooperativeId: ids.B!, programmeId: (await db.programme.findFirstOrThrow()).id, titleAr: "خلايا", titleFr: "Ruches",
      approvedOn: new Date("2023-06-01T00:00:00Z"), totalCostCentimes: 100n, indhContributionCentimes: 60n, beneficiaryContributionCentimes: 40n, status: "COMPLETED",
    },
  });
});

describe("listCooperatives", () => {
  it("shows only the user's prefecture; a national user sees every one", async () => {
    expect(await names(staff, {})).toEqual(["A", "C", "B"]);
    expect(await names(national, { sort: "registerNumber" })).toEqual(["A", "B", "C", "Z"]);
  });

  it("searches ignoring case, accents and Arabic diacritics", async () => {
    expect(await names(staff, { q: "cooperative" })).toEqual(["A", "C"]);
    expect(await names(staff, { q: "KHEÏR" })).toEqual(["C"]);
    expect(await names(staff, { q: "تعاونيه" })).toEqual(["A", "C"]);
    expect(await names(staff, { q: "تَعَاوُنِيَّة الأمل" })).toEqual(["A"]);
    expect(await names(staff, { q: "ailleurs" })).toEqual([]);
  });

  it("filters by commune, zone, sector and grants", async () => {
    const manzla = await getDb().commune.findFirstOrThrow({ where: { code: "AL-MANZLA", prefectureId: staff.prefectureId } });
    const crafts = await getDb().sector.findUniqueOrThrow({ where: { code: "CRAFTS" } });
    expect(await names(staff, { commune: String(manzla.id) })).toEqual(["C", "B"]);
    expect(await names(staff, { zone: "URBAN" })).toEqual(["A"]);
    expect(await names(staff, { zone: "RURAL", sector: String(crafts.id) })).toEqual(["C"]);
    expect(await names(staff, { status: "COMPLETED", year: "2023" })).toEqual(["B"]);
    expect(await names(staff, { year: "2024" })).toEqual([]);
  });

  it("sorts by members and counts every match", async () => {
    expect(await names(staff, { sort: "members", dir: "desc" })).toEqual(["A", "C", "B"]);
    const grantCounts = (await listCooperatives(staff, params({ sort: "members", dir: "desc" }), "fr")).items.map((i) => [i.registerNumber, i.grantCount]);
    expect(grantCounts).toEqual([["A", 0], ["C", 0], ["B", 1]]);
    const { total, items } = await listCooperatives(staff, params({ page: "2" }), "ar");
    expect(total).toBe(3);
    expect(items).toEqual([]);
  });
});

describe("getCooperative", () => {
  it("returns the record with its zone and grants", async () => {
    const detail = await getCooperative(staff, ids.B!, "fr");
    expect(detail).toMatchObject({ registerNumber: "B", zone: "RURAL", communeName: "Al Manzla", sectorName: "Apiculture" });
    expect(detail?.grants).toEqual([expect.objectContaining({ title: "Ruches", status: "COMPLETED", totalCostCentimes: 100n })]);
  });

  it("does not return another prefecture's record", async () => {
    expect(await getCooperative(staff, otherId, "fr")).toBeNull();
    expect(await getCooperativeForEdit(staff, otherId)).toBeNull();
    expect(await getCooperative(national, otherId, "fr")).not.toBeNull();
  });
});
