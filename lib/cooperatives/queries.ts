import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { approvalYearsNewestFirst } from "@/lib/grants/approval-years";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { sortByName } from "@/lib/i18n/collate";
import { foldForSearch } from "@/lib/search/fold";
import { queryWords, suggestCooperatives, type CooperativeSuggestion } from "@/lib/cooperatives/suggestions";
import { communeIdsMatching } from "@/lib/territory/queries";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import { GRANT_STATUSES, isZone, toFormValues, type Zone } from "@/lib/cooperatives/schema";
import type { CooperativeDetail, CooperativeFilterOptions, CooperativeFormOptions, CooperativeListItem, CooperativeSort } from "@/lib/cooperatives/types";

const zoneOf = (setting: string): Zone => (isZone(setting) ? setting : "RURAL");

// "Has grants in ..." filters: a cooperative matches when at least one of its grants matches them all.
function grantFilter(filters: Record<string, string>): Prisma.GrantWhereInput | undefined {
  const where: Prisma.GrantWhereInput = {};
  const programmeId = intFilter(filters.programme);
  if (programmeId) where.programmeId = programmeId;
  if (filters.status && (GRANT_STATUSES as readonly string[]).includes(filters.status)) where.status = filters.status;
  const year = intFilter(filters.year);
  if (year && year >= 1900 && year <= 2100) where.approvedOn = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  return Object.keys(where).length > 0 ? where : undefined;
}

export async function listWhere(user: SessionUser, params: ListParams<CooperativeSort>): Promise<Prisma.CooperativeWhereInput> {
  const { filters } = params;
  const q = foldForSearch(params.q);
  const grants = grantFilter(filters);
  // The search also finds the cooperatives of a commune typed in any of its spellings ("Asilah", "أصيلا").
  const communeIds = q ? await communeIdsMatching(user, q) : [];
  return {
    ...prefectureScope(user),
    ...(q && { OR: [{ searchText: { contains: q } }, ...(communeIds.length > 0 ? [{ communeId: { in: communeIds } }] : [])] }),
    ...(intFilter(filters.commune) && { communeId: intFilter(filters.commune) }),
    ...(filters.zone && isZone(filters.zone) && { commune: { setting: filters.zone } }),
    ...(intFilter(filters.sector) && { sectorId: intFilter(filters.sector) }),
    ...(grants && { grants: { some: grants } }),
  };
}

export function listOrder(params: ListParams<CooperativeSort>, locale: AppLocale): Prisma.CooperativeOrderByWithRelationInput[] {
  const dir = params.dir;
  const name = locale === "ar" ? "nameAr" : "nameFr";
  const first: Record<CooperativeSort, Prisma.CooperativeOrderByWithRelationInput> = {
    name: { [name]: dir },
    registerNumber: { registerNumber: dir },
    commune: { commune: { [name]: dir } },
    members: { members: dir },
    createdAt: { createdAt: dir },
  };
  return [first[params.sort], { id: dir }]; // id keeps pages stable when the first key ties
}

/**
 * How many grants each of these cooperatives has, by the grants' cooperativeId index. Not Prisma's
 * `_count: { grants }`, which its query compiler turns into a count of every cooperative's grants joined to
 * the page: 1 s for a page of 25 at 1,000,000 grants (bench:national).
 */
async function countGrantsOf(cooperativeIds: number[]): Promise<Map<number, number>> {
  if (cooperativeIds.length === 0) return new Map();
  const groups = await getDb().grant.groupBy({ by: ["cooperativeId"], where: { cooperativeId: { in: cooperativeIds } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.cooperativeId, g._count._all]));
}

/** One page of the cooperatives the user may see, and how many match in all. */
export async function listCooperatives(user: SessionUser, params: ListParams<CooperativeSort>, locale: AppLocale): Promise<{ items: CooperativeListItem[]; total: number }> {
  const db = getDb();
  const where = await listWhere(user, params);
  const [rows, total] = await Promise.all([
    db.cooperative.findMany({
      where,
      orderBy: listOrder(params, locale),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, registerNumber: true, nameAr: true, nameFr: true, members: true, womenMembers: true, youngMembers: true, isDemo: true, createdAt: true,
        commune: { select: { nameAr: true, nameFr: true, setting: true } },
        sector: { select: { nameAr: true, nameFr: true } },
      },
    }),
    db.cooperative.count({ where }),
  ]);
  const grantCounts = await countGrantsOf(rows.map((r) => r.id));
  const items = rows.map((r) => ({
    id: r.id,
    registerNumber: r.registerNumber,
    name: localized(locale, r.nameAr, r.nameFr),
    communeName: localized(locale, r.commune.nameAr, r.commune.nameFr),
    zone: zoneOf(r.commune.setting),
    sectorName: localized(locale, r.sector.nameAr, r.sector.nameFr),
    members: r.members,
    womenMembers: r.womenMembers,
    youngMembers: r.youngMembers,
    grantCount: grantCounts.get(r.id) ?? 0,
    isDemo: r.isDemo,
    createdAt: r.createdAt,
  }));
  return { items, total };
}

/** A cooperative with its grants, or null when it does not exist or lies outside the user's prefecture. */
export async function getCooperative(user: SessionUser, id: number, locale: AppLocale): Promise<CooperativeDetail | null> {
  const row = await getDb().cooperative.findFirst({
    where: { id, ...prefectureScope(user) },
    include: {
      sector: { select: { nameAr: true, nameFr: true } },
      commune: { select: { nameAr: true, nameFr: true, setting: true } },
      place: { select: { nameAr: true, nameFr: true } },
      grants: {
        orderBy: [{ approvedOn: "desc" }, { id: "desc" }],
        select: {
          id: true, titleAr: true, titleFr: true, status: true, totalCostCentimes: true, indhContributionCentimes: true,
          programme: { select: { nameAr: true, nameFr: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { sector, commune, place, grants, ...c } = row;
  return {
    id: c.id, version: c.version, isPublic: c.isPublic, registerNumber: c.registerNumber, nameAr: c.nameAr, nameFr: c.nameFr,
    sectorName: localized(locale, sector.nameAr, sector.nameFr),
    communeName: localized(locale, commune.nameAr, commune.nameFr),
    zone: zoneOf(commune.setting),
    placeName: place ? localized(locale, place.nameAr, place.nameFr) : null,
    foundedOn: c.foundedOn, members: c.members, womenMembers: c.womenMembers, youngMembers: c.youngMembers,
    contactName: c.contactName, contactPhone: c.contactPhone, contactEmail: c.contactEmail,
    isDemo: c.isDemo, createdAt: c.createdAt, updatedAt: c.updatedAt,
    grants: grants.map((g) => ({
      id: g.id,
      title: localized(locale, g.titleAr, g.titleFr),
      programmeName: localized(locale, g.programme.nameAr, g.programme.nameFr),
      status: g.status,
      totalCostCentimes: g.totalCostCentimes,
      indhContributionCentimes: g.indhContributionCentimes,
    })),
  };
}

/** A cooperative as its edit form starts: the form's strings, its version and its prefecture. */
export async function getCooperativeForEdit(user: SessionUser, id: number) {
  const row = await getDb().cooperative.findFirst({ where: { id, ...prefectureScope(user) } });
  if (!row) return null;
  return { id: row.id, version: row.version, prefectureId: row.prefectureId, name: { ar: row.nameAr, fr: row.nameFr }, values: toFormValues(row) };
}

/** The sectors, and the communes and places of one prefecture, for the form's selects. */
export async function getCooperativeFormOptions(prefectureId: number, locale: AppLocale): Promise<CooperativeFormOptions> {
  const db = getDb();
  const name = locale === "ar" ? "nameAr" : "nameFr";
  const [sectors, communes, places] = await Promise.all([
    db.sector.findMany({ orderBy: { [name]: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.commune.findMany({ where: { prefectureId }, orderBy: { [name]: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.place.findMany({
      where: { commune: { prefectureId } },
      orderBy: [{ commune: { [name]: "asc" } }, { [name]: "asc" }],
      select: { id: true, nameAr: true, nameFr: true, commune: { select: { nameAr: true, nameFr: true } } },
    }),
  ]);
  const option = (r: { id: number; nameAr: string; nameFr: string }) => ({ value: r.id, label: localized(locale, r.nameAr, r.nameFr) });
  // Sorted in the reader's language (lib/i18n/collate.ts), not in the database's code-point order.
  return {
    sectors: sortByName(sectors.map(option), locale, (o) => o.label),
    communes: sortByName(communes.map(option), locale, (o) => o.label),
    // Without JavaScript the place list cannot follow the chosen commune, so each place names its commune.
    places: sortByName(places.map((p) => ({ value: p.id, label: `${localized(locale, p.commune.nameAr, p.commune.nameFr)} — ${localized(locale, p.nameAr, p.nameFr)}` })), locale, (o) => o.label),
  };
}

/** What the list filters offer: the user's communes, sectors, programmes and the years grants were approved. */
export async function getCooperativeFilterOptions(user: SessionUser, locale: AppLocale): Promise<CooperativeFilterOptions> {
  const db = getDb();
  const name = locale === "ar" ? "nameAr" : "nameFr";
  const [sectors, communes, programmes, years] = await Promise.all([
    db.sector.findMany({ orderBy: { [name]: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.commune.findMany({ where: prefectureScope(user), orderBy: { [name]: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.programme.findMany({
      orderBy: [{ phase: { number: "asc" } }, { number: "asc" }],
      select: { id: true, number: true, nameAr: true, nameFr: true, phase: { select: { nameAr: true, nameFr: true } } },
    }),
    approvalYearsNewestFirst(user),
  ]);
  const option = (r: { id: number; nameAr: string; nameFr: string }) => ({ value: r.id, label: localized(locale, r.nameAr, r.nameFr) });
  return {
    sectors: sortByName(sectors.map(option), locale, (o) => o.label),
    communes: sortByName(communes.map(option), locale, (o) => o.label),
    programmes: programmes.map((p) => ({ value: p.id, label: `${localized(locale, p.phase.nameAr, p.phase.nameFr)} — ${p.number}. ${localized(locale, p.nameAr, p.nameFr)}` })),
    years,
  };
}

/**
 * The grant form's cooperative search (app/[locale]/admin/cooperatives/suggestions): the database narrows
 * by the folded searchText of the user's prefecture, then suggestCooperatives keeps names and register
 * numbers only (searchText also holds the contact's name) and ranks them.
 */
export async function listCooperativeSuggestions(user: SessionUser, query: string, locale: AppLocale): Promise<CooperativeSuggestion[]> {
  const words = queryWords(query).slice(0, 8);
  const candidates = await getDb().cooperative.findMany({
    where: { ...prefectureScope(user), AND: words.map((w) => ({ searchText: { contains: w } })) },
    select: { id: true, nameAr: true, nameFr: true, registerNumber: true },
    // Enough to rank well in a prefecture (about a hundred); a national user narrows by typing more.
    take: 500,
    orderBy: { id: "asc" },
  });
  return suggestCooperatives(query, candidates, locale);
}
