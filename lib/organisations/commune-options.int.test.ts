import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { listCommuneOptions } from "./queries";

// Communes whose order by code point (what ORDER BY gives on SQLite) differs from the language's own:
// أ (U+0623) sorts before ا (U+0627) by code point, É (U+00C9) after z.
let prefectureId: number;

beforeAll(async () => {
  const db = getDb();
  await seedReference(db);
  const region = await db.region.findFirstOrThrow();
  prefectureId = (await db.prefecture.create({ data: { code: "COLLATE", nameAr: "ترتيب", nameFr: "Tri", regionId: region.id } })).id;
  const communes = [
    ["C1", "بني مكادة", "Zinat"],
    ["C2", "أمل", "Élan"],
    ["C3", "ابن بطوطة", "Azla"],
  ] as const;
  for (const [code, nameAr, nameFr] of communes) {
    await db.commune.create({ data: { prefectureId, code, nameAr, nameFr, legalStatus: "RURAL_COMMUNE", setting: "RURAL" } });
  }
});

describe("commune options in the reader's language and order", () => {
  it("sorts Arabic names as Arabic does, hamza forms with alef", async () => {
    expect((await listCommuneOptions({ prefectureId }, "ar")).map((o) => o.label)).toEqual(["ابن بطوطة", "أمل", "بني مكادة"]);
  });

  it("sorts French names with É among the E", async () => {
    expect((await listCommuneOptions({ prefectureId }, "fr")).map((o) => o.label)).toEqual(["Azla", "Élan", "Zinat"]);
  });
});
