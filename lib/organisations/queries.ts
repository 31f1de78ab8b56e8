import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { sortByName } from "@/lib/i18n/collate";
import { foldForSearch } from "@/lib/search/fold";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import { isZone, type Zone } from "@/lib/cooperatives/schema";
import { isOrganisationKind, toFormValues } from "@/lib/organisations/schema";
import type { Option, OrganisationDetail, OrganisationListItem, OrganisationSort } from "@/lib/organisations/types";

const zoneOf = (commune: { setting: string } | null): Zone | null => (commune && isZone(commune.setting) ? commune.setting : null);

function listWhere(user: SessionUser, params: ListParams<OrganisationSort>): Prisma.OrganisationWhereInput {
  const { filters } = params;
  const q = foldForSearch(params.q);
  return {
    ...prefectureScope(user),
    ...(q && { searchText: { contains: q } }),
    ...(filters.kind && isOrganisationKind(filters.kind) && { kind: filters.kind }),
    ...(intFilter(filters.commune) && { communeId: intFilter(filters.commune) }),
    ...(filters.zone && isZone(filters.zone) && { commune: { setting: filters.zone } }),
  };
}

function listOrder(params: ListParams<OrganisationSort>, locale: AppLocale): Prisma.OrganisationOrderByWithRelationInput[] {
  const dir = params.dir;
  const name = locale === "ar" ? "nameAr" : "nameFr";
  const first: Record<OrganisationSort, Prisma.OrganisationOrderByWithRelationInput> = {
    name: { [name]: dir },
    code: { code: dir },
    kind: { kind: dir },
    commune: { commune: { [name]: dir } },
    createdAt: { createdAt: dir },
  };
  return [first[params.sort], { id: dir }];
}

/** One page of the organisations the user may see, and how many match in all. */
export async function listOrganisations(user: SessionUser, params: ListParams<OrganisationSort>, locale: AppLocale): Promise<{ items: OrganisationListItem[]; total: number }> {
  const db = getDb();
  const where = listWhere(user, params);
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where,
      orderBy: listOrder(params, locale),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, code: true, kind: true, acronym: true, nameAr: true, nameFr: true, commune: { select: { nameAr: true, nameFr: true, setting: true } } },
    }),
    db.organisation.count({ where }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    acronym: r.acronym,
    name: localized(locale, r.nameAr, r.nameFr),
    communeName: r.commune ? localized(locale, r.commune.nameAr, r.commune.nameFr) : null,
    zone: zoneOf(r.commune),
  }));
  return { items, total };
}

/** An organisation and what refers to it, or null when missing or outside the user's prefecture. */
export async function getOrganisation(user: SessionUser, id: number, locale: AppLocale): Promise<OrganisationDetail | null> {
  const row = await getDb().organisation.findFirst({
    where: { id, ...prefectureScope(user) },
    include: {
      commune: { select: { nameAr: true, nameFr: true, setting: true } },
      _count: { select: { organisedEvents: true, eventPartnerships: true, presentations: true, grantContributions: true } },
    },
  });
  if (!row) return null;
  const { commune, _count: counts, ...o } = row;
  return {
    id: o.id, version: o.version, code: o.code, kind: o.kind, acronym: o.acronym, nameAr: o.nameAr, nameFr: o.nameFr,
    communeName: commune ? localized(locale, commune.nameAr, commune.nameFr) : null,
    zone: zoneOf(commune),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    references: {
      events: counts.organisedEvents + counts.eventPartnerships,
      presentations: counts.presentations,
      partnerContributions: counts.grantContributions,
    },
  };
}

/** An organisation as its edit form starts: the form's strings, its version and its prefecture. */
export async function getOrganisationForEdit(user: SessionUser, id: number) {
  const row = await getDb().organisation.findFirst({ where: { id, ...prefectureScope(user) } });
  if (!row) return null;
  return { id: row.id, version: row.version, prefectureId: row.prefectureId, name: { ar: row.nameAr, fr: row.nameFr }, values: toFormValues(row) };
}

/** The communes an organisation may be attached to (its prefecture's), or the user's for the list filter. */
export async function listCommuneOptions(where: { prefectureId?: number }, locale: AppLocale): Promise<Option[]> {
  const name = locale === "ar" ? "nameAr" : "nameFr";
  const rows = await getDb().commune.findMany({ where, orderBy: { [name]: "asc" }, select: { id: true, nameAr: true, nameFr: true } });
  return sortByName(rows.map((r) => ({ value: r.id, label: localized(locale, r.nameAr, r.nameFr) })), locale, (o) => o.label);
}
