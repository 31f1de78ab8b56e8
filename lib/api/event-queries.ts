import "server-only";
// Published events as the public API serves them: plain JSON-ready objects in one language. Only
// PUBLISHED events are ever read (as on the public pages, lib/events/queries.ts); a draft does not exist.
import { getDb } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getPublishedEvent } from "@/lib/events/queries";
import type { OrganisationRef } from "@/lib/events/types";
import { eventPagePath, isoDate, moneyOrNull, type MoneyDto } from "@/lib/api/serialize";

// Demonstration events stay out of the API: a machine reading it has no "demonstration" label to show (the
// same rule as the open-data files), while the site's pages say so on the page.
const PUBLISHED = { status: "PUBLISHED", isDemo: false } as const;
const organisationSelect = { nameAr: true, nameFr: true, acronym: true } as const;

export type ApiEventSummary = {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  startsAt: string;
  venue: string;
  commune: string | null;
  organiser: OrganisationRef;
  presentationsCount: number;
  url: string;
};

export type ApiEventPage = { events: ApiEventSummary[]; total: number };

/** One page of published events, newest first (the order of the public events page). */
export async function listApiEvents(lang: AppLocale, page: number, pageSize: number): Promise<ApiEventPage> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where: PUBLISHED,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        slug: true, kind: true, titleAr: true, titleFr: true, summaryAr: true, summaryFr: true, startsAt: true,
        venueAr: true, venueFr: true,
        commune: { select: { nameAr: true, nameFr: true } },
        organiser: { select: organisationSelect },
        _count: { select: { presentations: true } },
      },
    }),
    db.event.count({ where: PUBLISHED }),
  ]);
  const pick = (ar: string, fr: string) => localized(lang, ar, fr);
  const events = rows.map((row) => ({
    slug: row.slug,
    kind: row.kind,
    title: pick(row.titleAr, row.titleFr),
    summary: pick(row.summaryAr, row.summaryFr),
    startsAt: isoDate(row.startsAt),
    venue: pick(row.venueAr, row.venueFr),
    commune: row.commune ? pick(row.commune.nameAr, row.commune.nameFr) : null,
    organiser: { name: pick(row.organiser.nameAr, row.organiser.nameFr), acronym: row.organiser.acronym },
    presentationsCount: row._count.presentations,
    url: eventPagePath(lang, row.slug),
  }));
  return { events, total };
}

/** Figures a presenter stated, exactly as stated (they may contradict each other or the records). */
export type ApiReportedFigures = {
  periodStartYear: number | null;
  periodEndYear: number | null;
  cooperativesFunded: number | null;
  urbanCooperatives: number | null;
  ruralCooperatives: number | null;
  totalEnvelope: MoneyDto | null;
  indhContribution: MoneyDto | null;
};

export type ApiEventDetail = Omit<ApiEventSummary, "presentationsCount"> & {
  occasion: string | null;
  prefecture: string;
  body: string;
  attendance: number | null;
  attendanceNote: string | null;
  partners: OrganisationRef[];
  sourceName: string | null;
  updatedAt: string;
  presentations: {
    position: number;
    title: string;
    presenterRole: string;
    organisation: OrganisationRef | null;
    summary: string;
    reported: ApiReportedFigures;
  }[];
};

/** One published event with its presentations and partners; null for a draft or an unknown slug. */
export async function getApiEvent(slug: string, lang: AppLocale): Promise<ApiEventDetail | null> {
  const event = await getPublishedEvent(slug, lang);
  if (!event || event.isDemo) return null;
  return {
    slug: event.slug,
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    occasion: event.occasion,
    startsAt: isoDate(event.startsAt),
    venue: event.venue,
    commune: event.communeName,
    prefecture: event.prefectureName,
    organiser: event.organiser,
    url: eventPagePath(lang, event.slug),
    body: event.body,
    attendance: event.attendance,
    attendanceNote: event.attendanceNote,
    partners: event.partners,
    sourceName: event.sourceName,
    updatedAt: isoDate(event.updatedAt),
    presentations: event.presentations.map(({ reported: r, ...p }) => ({
      ...p,
      reported: {
        periodStartYear: r.periodStartYear,
        periodEndYear: r.periodEndYear,
        cooperativesFunded: r.cooperativesFunded,
        urbanCooperatives: r.urbanCooperatives,
        ruralCooperatives: r.ruralCooperatives,
        totalEnvelope: moneyOrNull(r.totalEnvelopeCentimes),
        indhContribution: moneyOrNull(r.indhContributionCentimes),
      },
    })),
  };
}
