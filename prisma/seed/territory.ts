// Loads the 12 regions and 75 prefectures and provinces (territory-data.ts). A record is found by its code
// and created only when missing: an existing database gains the ones it lacks, and names staff corrected
// since are never overwritten. One read and at most one insert per table rather than two queries per record:
// every first start and every test database is seeded this way (some 170 round trips fewer each time).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PREFECTURES, REGIONS } from "./territory-data";

/** Returns the id of every prefecture and province by code. */
export async function seedTerritory(db: PrismaClient): Promise<Map<string, number>> {
  const regionIds = await idsByCode(db.region.findMany({ select: { id: true, code: true } }));
  const missingRegions = REGIONS.filter((region) => !regionIds.has(region.code)).map(({ units: _units, ...region }) => region);
  if (missingRegions.length > 0) {
    await db.region.createMany({ data: missingRegions });
    for (const [code, id] of await idsByCode(db.region.findMany({ select: { id: true, code: true } }))) regionIds.set(code, id);
  }
  const prefectureIds = await idsByCode(db.prefecture.findMany({ select: { id: true, code: true } }));
  const missingPrefectures = PREFECTURES.filter((prefecture) => !prefectureIds.has(prefecture.code));
  if (missingPrefectures.length > 0) {
    await db.prefecture.createMany({ data: missingPrefectures.map(({ regionCode, ...prefecture }) => ({ ...prefecture, regionId: regionIds.get(regionCode)! })) });
    return idsByCode(db.prefecture.findMany({ select: { id: true, code: true } }));
  }
  return prefectureIds;
}

async function idsByCode(rows: Promise<{ id: number; code: string }[]>): Promise<Map<string, number>> {
  return new Map((await rows).map((row) => [row.code, row.id]));
}
