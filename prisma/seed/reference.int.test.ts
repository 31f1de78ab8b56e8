import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "./reference";

describe("seedReference", () => {
  it("loads the prefecture's communes with their legal status and statistical setting", async () => {
    const db = getDb();
    await seedReference(db);
    const communes = await db.commune.findMany({ orderBy: { code: "asc" } });
    expect(communes).toHaveLength(11);
    expect(communes.filter((c) => c.setting === "URBAN").map((c) => c.nameFr).sort()).toEqual(["Assilah", "Gueznaia", "Tanger"]);
    const tanger = await db.commune.findFirstOrThrow({ where: { code: "TANGER" }, include: { places: true } });
    expect(tanger.places.map((p) => p.nameFr).sort()).toEqual(["Bni Makada", "Charf-Mghogha", "Charf-Souani", "Tanger-Médina"]);
    const phase3 = await db.phase.findUniqueOrThrow({ where: { number: 3 }, include: { programmes: { include: { axes: true } } } });
    expect(phase3.endYear).toBeNull();
    expect(phase3.programmes).toHaveLength(4);
    expect(phase3.programmes.find((p) => p.number === 3)?.axes).toHaveLength(3);
  });
});
