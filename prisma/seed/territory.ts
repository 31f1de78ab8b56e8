// Loads the 12 regions and 75 prefectures and provinces (territory-data.ts). A record is found by its code
// and created only when missing: an existing database gains the ones it lacks, and names staff corrected
// since are never overwritten.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PREFECTURES, REGIONS } from "./territory-data";

/** Returns the id of every prefecture and province by code. */
export async function seedTerritory(db: PrismaClient): Promise<Map<string, number>> {
  const regionIds = new Map<string, number>();
  for (const { units: _units, ...region } of REGIONS) {
    const saved = (await db.region.findUnique({ where: { code: region.code }, select: { id: true } })) ?? (await db.region.create({ data: region, select: { id: true } }));
    regionIds.set(region.code, saved.id);
  }
  const prefectureIds = new Map<string, number>();
  for (const { regionCode, ...prefecture } of PREFECTURES) {
    const saved =
      (await db.prefecture.findUnique({ where: { code: prefecture.code }, select: { id: true } })) ??
      (await db.prefecture.create({ data: { ...prefecture, regionId: regionIds.get(regionCode)! }, select: { id: true } }));
    prefectureIds.set(prefecture.code, saved.id);
  }
  return prefectureIds;
}
