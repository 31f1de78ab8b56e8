// Search as Arabic is really typed: without hamza, ة written ه, ى written ي, with tatweel or diacritics, digits
// in Eastern Arabic, a commune under any recorded spelling. Each through the real list queries and database.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import type { SessionUser } from "@/lib/auth/types";
import { parseListParams } from "@/lib/lists/list-params";
import { createCooperative } from "@/lib/cooperatives/mutations";
import { listCooperatives } from "@/lib/cooperatives/queries";
import { COOPERATIVE_FILTERS, COOPERATIVE_SORTS } from "@/lib/cooperatives/types";
import { listCommunes } from "@/lib/territory/queries";

let staff: SessionUser;
let otherStaff: SessionUser;

const coopParams = (q: string) => parseListParams({ q }, { sorts: COOPERATIVE_SORTS, defaultSort: "name", filters: COOPERATIVE_FILTERS });
const found = async (q: string, user = staff) => (await listCooperatives(user, coopParams(q), "ar")).items.map((i) => i.registerNumber).sort();
const communes = async (q: string, user = staff) => (await listCommunes(user, { q, page: 1, sort: "code", dir: "asc", filters: {} })).rows.map((r) => r.code);

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const commune = (code: string) => db.commune.findFirstOrThrow({ where: { prefectureId, code } });
  const [tanger, assilah] = [await commune("TANGER"), await commune("ASSILAH")];
  const sectorId = (await db.sector.findFirstOrThrow()).id;
  const other = await db.prefecture.findUniqueOrThrow({ where: { code: "LARACHE" } });
  const user = async (email: string, prefecture: number): Promise<SessionUser> => {
    const u = await db.user.create({ data: { email, name: email, role: "STAFF", isNational: false, prefectureId: prefecture, passwordHash: "x" } });
    return { id: u.id, email, name: email, role: "STAFF", isNational: false, prefectureId: prefecture };
  };
  staff = await user("search-staff@test.ma", prefectureId);
  otherStaff = await user("search-other@test.ma", other.id);
  const base = { placeId: null, foundedOn: null, womenMembers: 0, youngMembers: 0, contactName: null, contactPhone: null, contactEmail: null, sectorId, members: 10 };
  const make = (registerNumber: string, nameAr: string, nameFr: string, communeId = tanger.id) =>
    createCooperative(staff, { ...base, registerNumber, nameAr, nameFr, communeId });
  await make("HAMZA", "تعاونية الأمل", "Al Amal");
  await make("KASRA", "تعاونية إحسان", "Ihsane");
  await make("MADDA", "تعاونية آفاق", "Afaq");
  await make("WASLA", "تعاونية ٱلوفاء", "Al Wafae");
  await make("MAQSURA", "تعاونية مصطفى", "Moustafa");
  await make("TATWEEL", "تعاونية النـــور", "Annour");
  await make("TASHKIL", "تَعَاوُنِيَّةُ الخَيْر", "El Kheir");
  await make("2024/17", "تعاونية السلام", "Assalam");
  await make("ASSILAH-1", "تعاونية البحر", "Al Bahr", assilah.id);
});

describe("Arabic search folding, through the cooperatives list", () => {
  it("finds hamza forms from a bare alef: أ, إ, آ and ٱ", async () => {
    expect(await found("الامل")).toEqual(["HAMZA"]);
    expect(await found("احسان")).toEqual(["KASRA"]);
    expect(await found("افاق")).toEqual(["MADDA"]);
    expect(await found("الوفاء")).toEqual(["WASLA"]);
    // And the other way round: a query typed with hamza finds the same record.
    expect(await found("الأمل")).toEqual(["HAMZA"]);
  });

  it("finds ة from ه, ى from ي, through tatweel and diacritics", async () => {
    expect((await found("تعاونيه")).length).toBe(9);
    expect(await found("مصطفي")).toEqual(["MAQSURA"]);
    expect(await found("النور")).toEqual(["TATWEEL"]);
    expect(await found("الخير")).toEqual(["TASHKIL"]);
    expect(await found("النــور")).toEqual(["TATWEEL"]);
    expect(await found("الخَيْر")).toEqual(["TASHKIL"]);
  });

  it("finds digits typed in Eastern Arabic or Persian digits", async () => {
    expect(await found("٢٠٢٤/١٧")).toEqual(["2024/17"]);
    expect(await found("۲۰۲۴")).toEqual(["2024/17"]);
  });

  it("finds a commune's cooperatives by any recorded spelling of the commune, only in the user's prefecture", async () => {
    for (const q of ["Arzila", "Asilah", "اصيلا", "أصيلة", "اصيله"]) expect(await found(q), q).toEqual(["ASSILAH-1"]);
    expect(await found("Arzila", otherStaff)).toEqual([]);
  });
});

describe("commune search by any spelling, folded", () => {
  it("finds a commune by its names and recorded spellings typed without hamza or with ه", async () => {
    for (const q of ["Asilah", "Arzila", "أصيلا", "اصيلا", "اصيله", "assilah"]) expect(await communes(q), q).toEqual(["ASSILAH"]);
  });

  it("finds a commune by the name of one of its places, in either language", async () => {
    expect(await communes("بني مكاده")).toEqual(["TANGER"]);
    expect(await communes("medina")).toEqual(["TANGER"]);
  });

  it("stays inside the user's prefecture", async () => {
    expect(await communes("Arzila", otherStaff)).toEqual([]);
  });
});
