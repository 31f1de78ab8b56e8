import "server-only";
import { getDb } from "@/lib/db";
import { foldForSearch } from "@/lib/search/fold";
import { splitAlternativeNames } from "@/lib/territory/alternative-names";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import type { CommuneDetail, CommuneRow, CommuneSort, Option, PlaceDetail } from "@/lib/territory/types";

export const COMMUNE_SORTS = ["code", "nameAr", "nameFr"] as const satisfies readonly CommuneSort[];
export const COMMUNE_FILTERS = ["setting", "legalStatus", "prefecture"] as const;

/** The communes of the admin's prefecture (all for a national admin), searched, filtered and paged. */
export async function listCommunes(user: SessionUser, params: ListParams<CommuneSort>): Promise<{ rows: CommuneRow[]; total: number }> {
  const db = getDb();
  const { setting, legalStatus } = params.filters;
  // A national admin narrows the list to one prefecture; for anyone else the scope already does.
  const prefectureId = user.isNational ? intFilter(params.filters.prefecture) : undefined;
  const where = {
    ...prefectureScope(user),
    ...(prefectureId ? { prefectureId } : {}),
    // Other spellings count: "Asilah", "أصيلا" or "اصيلا" finds Assilah, and a place's name finds its commune.
    ...(params.q ? { id: { in: await communeIdsMatching(user, params.q) } } : {}),
    ...(setting ? { setting } : {}),
    ...(legalStatus ? { legalStatus } : {}),
  };
  const [rows, total] = await Promise.all([
    db.commune.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, code: true, nameAr: true, nameFr: true, legalStatus: true, setting: true, alternativeNames: true, _count: { select: { places: true } }, prefecture: { select: { nameAr: true, nameFr: true } } },
    }),
    db.commune.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, prefecture, ...row }) => ({ ...row, placeCount: _count.places, prefectureNameAr: prefecture.nameAr, prefectureNameFr: prefecture.nameFr })),
    total,
  };
}

/**
 * The communes in the user's scope any of whose spellings - code, Arabic and French names, recorded other
 * spellings, or the names of its places - contain the query, all compared folded (hamza, ta marbuta, alef
 * maqsura, tatweel, diacritics, accents, digits). Folded in memory: names are not stored folded, and even a
 * national admin's scope is a few thousand short names.
 */
export async function communeIdsMatching(user: SessionUser, query: string): Promise<number[]> {
  const q = foldForSearch(query);
  if (!q) return [];
  const communes = await getDb().commune.findMany({
    where: prefectureScope(user),
    select: { id: true, code: true, nameAr: true, nameFr: true, alternativeNames: true, places: { select: { code: true, nameAr: true, nameFr: true } } },
  });
  const spellings = (c: (typeof communes)[number]) => [c.code, c.nameAr, c.nameFr, ...splitAlternativeNames(c.alternativeNames), ...c.places.flatMap((p) => [p.code, p.nameAr, p.nameFr])];
  return communes.filter((c) => spellings(c).some((name) => foldForSearch(name).includes(q))).map((c) => c.id);
}

export async function getCommune(user: SessionUser, id: number): Promise<CommuneDetail | null> {
  return getDb().commune.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      id: true, prefectureId: true, code: true, nameAr: true, nameFr: true, legalStatus: true, setting: true, alternativeNames: true, version: true,
      places: { orderBy: { code: "asc" }, select: { id: true, code: true, kind: true, nameAr: true, nameFr: true } },
    },
  });
}

export async function getPlace(user: SessionUser, id: number): Promise<PlaceDetail | null> {
  const place = await getDb().place.findFirst({
    where: { id, commune: prefectureScope(user) },
    select: { id: true, communeId: true, code: true, kind: true, nameAr: true, nameFr: true, version: true, commune: { select: { nameAr: true, nameFr: true } } },
  });
  if (!place) return null;
  const { commune, ...rest } = place;
  return { ...rest, communeNameAr: commune.nameAr, communeNameFr: commune.nameFr };
}

/** For a national admin's prefecture select (users and communes): 75 of them, grouped by region. */
export async function listPrefectureOptions(): Promise<(Option & { regionNameAr: string; regionNameFr: string })[]> {
  const rows = await getDb().prefecture.findMany({
    orderBy: [{ region: { code: "asc" } }, { code: "asc" }],
    select: { id: true, nameAr: true, nameFr: true, region: { select: { nameAr: true, nameFr: true } } },
  });
  return rows.map(({ region, ...p }) => ({ ...p, regionNameAr: region.nameAr, regionNameFr: region.nameFr }));
}
