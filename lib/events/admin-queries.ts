import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { foldForSearch } from "@/lib/search/fold";
import { intFilter, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";
import { zonedDateTimeToUtc } from "@/lib/events/casablanca-time";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/events/schema";
import { storedEventSelect } from "@/lib/events/stored-event";
import type { AdminEventRow, EventFormOptions, NamedOption, StoredEvent } from "@/lib/events/types";

// Workspace reads: drafts included, always inside the user's prefecture (lib/events/queries.ts stays public).

export const EVENT_SORTS = ["startsAt", "title", "status"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export const EVENT_FILTERS = ["status", "kind", "year", "commune"] as const;

export function listWhere(user: SessionUser, params: ListParams<EventSort>) {
  const { status, kind, year, commune } = params.filters;
  const y = intFilter(year);
  // A year is counted in Moroccan time: an event at 00:30 on 1 January belongs to the new year.
  const from = y ? zonedDateTimeToUtc(`${y}-01-01`, "00:00") : null;
  const to = y ? zonedDateTimeToUtc(`${y + 1}-01-01`, "00:00") : null;
  return {
    ...prefectureScope(user),
    ...(params.q ? { searchText: { contains: foldForSearch(params.q) } } : {}),
    ...((EVENT_STATUSES as readonly string[]).includes(status ?? "") ? { status } : {}),
    ...((EVENT_KINDS as readonly string[]).includes(kind ?? "") ? { kind } : {}),
    ...(intFilter(commune) ? { communeId: intFilter(commune) } : {}),
    ...(from && to ? { startsAt: { gte: from, lt: to } } : {}),
  };
}

export async function listAdminEvents(user: SessionUser, params: ListParams<EventSort>, locale: AppLocale): Promise<{ rows: AdminEventRow[]; total: number }> {
  const db = getDb();
  const where = listWhere(user, params);
  const dir = params.dir;
  const orderBy =
    params.sort === "title" ? [{ [locale === "ar" ? "titleAr" : "titleFr"]: dir }] : params.sort === "status" ? [{ status: dir }, { startsAt: "desc" as const }] : [{ startsAt: dir }];
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [...orderBy, { id: "desc" as const }],
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, slug: true, kind: true, status: true, titleAr: true, titleFr: true, startsAt: true,
        commune: { select: { nameAr: true, nameFr: true } },
        _count: { select: { presentations: true } },
      },
    }),
    db.event.count({ where }),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id, slug: r.slug, kind: r.kind, status: r.status, startsAt: r.startsAt,
      title: localized(locale, r.titleAr, r.titleFr),
      communeName: r.commune ? localized(locale, r.commune.nameAr, r.commune.nameFr) : null,
      presentationCount: r._count.presentations,
    })),
    total,
  };
}

/** The filter choices of the list: the years that have events, and the communes of the user's scope. */
export async function getEventListFilters(user: SessionUser, locale: AppLocale): Promise<{ years: number[]; communes: NamedOption[] }> {
  const db = getDb();
  const [range, communes] = await Promise.all([
    db.event.aggregate({ where: prefectureScope(user), _min: { startsAt: true }, _max: { startsAt: true } }),
    db.commune.findMany({ where: prefectureScope(user), orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
  ]);
  const first = range._min.startsAt?.getUTCFullYear();
  const last = range._max.startsAt?.getUTCFullYear();
  const years = first && last ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [];
  return { years, communes: communes.map((c) => ({ id: c.id, name: localized(locale, c.nameAr, c.nameFr) })) };
}

/** The event as stored (for the edit form), or null when missing or outside the user's prefecture. */
export async function getStoredEvent(user: SessionUser, id: number): Promise<StoredEvent | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await getDb().event.findFirst({ where: { id, ...prefectureScope(user) }, select: storedEventSelect })) as StoredEvent | null;
}

/** The choices of the event form, from the prefecture the event belongs to. */
export async function getEventFormOptions(prefectureId: number, locale: AppLocale): Promise<EventFormOptions> {
  const db = getDb();
  const [organisations, communes, places] = await Promise.all([
    db.organisation.findMany({ where: { prefectureId }, orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true, acronym: true, kind: true } }),
    db.commune.findMany({ where: { prefectureId }, orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true } }),
    db.place.findMany({ where: { commune: { prefectureId } }, orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true, communeId: true } }),
  ]);
  const name = (r: { nameAr: string; nameFr: string }) => localized(locale, r.nameAr, r.nameFr);
  return {
    organisations: organisations.map((o) => ({ id: o.id, name: name(o), acronym: o.acronym, kind: o.kind })),
    communes: communes.map((c) => ({ id: c.id, name: name(c) })),
    places: places.map((p) => ({ id: p.id, name: name(p), communeId: p.communeId })),
  };
}

/** Every prefecture and province by name, for a national user filing an event (any row, reference data or added). */
export async function listFilingPrefectures(locale: AppLocale): Promise<NamedOption[]> {
  const rows = await getDb().prefecture.findMany({ orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameFr: true } });
  return rows
    .map((p) => ({ id: p.id, name: localized(locale, p.nameAr, p.nameFr) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
