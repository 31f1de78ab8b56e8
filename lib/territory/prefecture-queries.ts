import "server-only";
import { getDb } from "@/lib/db";
import type { Option, PrefectureDetail, RegionWithPrefectures } from "@/lib/territory/types";

// Regions, prefectures and provinces are national reference data: their names are public (every page
// names the prefecture of a record), so these reads need no scope; the pages that list them are national.

/** The 12 regions, each with its prefectures and provinces and how many communes and users they hold. */
export async function listRegionsWithPrefectures(): Promise<RegionWithPrefectures[]> {
  const regions = await getDb().region.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, nameAr: true, nameFr: true,
      prefectures: { orderBy: { code: "asc" }, select: { id: true, code: true, kind: true, nameAr: true, nameFr: true, _count: { select: { communes: true, users: true } } } },
    },
  });
  return regions.map(({ prefectures, ...region }) => ({
    ...region,
    prefectures: prefectures.map(({ _count, ...p }) => ({ ...p, communeCount: _count.communes, userCount: _count.users })),
  }));
}

export async function getPrefecture(id: number): Promise<PrefectureDetail | null> {
  return getDb().prefecture.findUnique({ where: { id }, select: { id: true, regionId: true, code: true, kind: true, nameAr: true, nameFr: true, version: true } });
}

export async function listRegionOptions(): Promise<Option[]> {
  return getDb().region.findMany({ orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true } });
}
