import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "./reference";
import { PREFECTURES, REGIONS } from "./territory-data";

describe("seeding the territory", () => {
  it("adds the missing regions and prefectures to a database that held only the first ones, keeping those as they were", async () => {
    const db = getDb();
    // A database from before: the first region and prefecture, one name edited by staff since.
    const region = await db.region.create({ data: { code: "TANGER-TETOUAN-AL-HOCEIMA", nameAr: "جهة طنجة تطوان الحسيمة", nameFr: "Région TTA (modifiée)" } });
    // (kind: what the territory_reference migration sets on the stored prefectures of the decree's list)
    const tanger = await db.prefecture.create({ data: { code: "TANGER-ASSILAH", kind: "PREFECTURE", nameAr: "عمالة طنجة أصيلة", nameFr: "Préfecture de Tanger-Assilah", regionId: region.id } });

    const { prefectureId } = await seedReference(db);
    await seedReference(db); // idempotent

    expect(prefectureId).toBe(tanger.id);
    expect(await db.region.count()).toBe(12);
    expect(await db.prefecture.count()).toBe(75);
    expect(await db.prefecture.count({ where: { kind: "PREFECTURE" } })).toBe(13);
    expect(await db.prefecture.count({ where: { kind: "PROVINCE" } })).toBe(62);
    expect((await db.region.findUniqueOrThrow({ where: { code: region.code } })).nameFr).toBe("Région TTA (modifiée)");

    const tta = await db.prefecture.findMany({ where: { regionId: region.id }, orderBy: { code: "asc" }, select: { code: true, kind: true } });
    expect(tta).toEqual([
      { code: "AL-HOCEIMA", kind: "PROVINCE" }, { code: "CHEFCHAOUEN", kind: "PROVINCE" }, { code: "FAHS-ANJRA", kind: "PROVINCE" },
      { code: "LARACHE", kind: "PROVINCE" }, { code: "MDIQ-FNIDEQ", kind: "PREFECTURE" }, { code: "OUEZZANE", kind: "PROVINCE" },
      { code: "TANGER-ASSILAH", kind: "PREFECTURE" }, { code: "TETOUAN", kind: "PROVINCE" },
    ]);
    const taza = await db.prefecture.findUniqueOrThrow({ where: { code: "TAZA" }, include: { region: true } });
    expect(taza).toMatchObject({ nameAr: "إقليم تازة", nameFr: "Province de Taza", region: { code: "FES-MEKNES" } });
    expect(await db.prefecture.findUniqueOrThrow({ where: { code: "AL-HOCEIMA" } })).toMatchObject({ nameFr: "Province d'Al Hoceïma", nameAr: "إقليم الحسيمة" });
  });

  it("lists every unit once, with unique codes, names in both languages and a known region", () => {
    expect(REGIONS).toHaveLength(12);
    expect(new Set(PREFECTURES.map((p) => p.code)).size).toBe(75);
    expect(new Set(PREFECTURES.map((p) => p.nameFr)).size).toBe(75);
    expect(PREFECTURES.every((p) => /^[A-Z0-9][A-Z0-9-]*$/.test(p.code) && /[\u0600-\u06ff]/.test(p.nameAr))).toBe(true);
    // Per region, as the decree lists them.
    expect(REGIONS.map((r) => r.units.length)).toEqual([8, 8, 9, 7, 5, 9, 8, 5, 6, 4, 4, 2]);
  });

  it("gives the seeded communes their other spellings", async () => {
    const assilah = await getDb().commune.findFirstOrThrow({ where: { code: "ASSILAH" } });
    expect(assilah.alternativeNames.split("|")).toEqual(["أصيلا", "Asilah", "Arzila"]);
  });
});
