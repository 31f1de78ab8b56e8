import "server-only";
import { getDb } from "@/lib/db";
import { reportedFiguresOf } from "@/lib/reconciliation/compare";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized, localizedOrNull } from "@/lib/i18n/localized";
import type { OrganisationRef, PublicEventDetail, PublicEventSummary } from "@/lib/events/types";

const PUBLISHED = { status: "PUBLISHED" } as const;

const summarySelect = {
  slug: true,
  kind: true,
  titleAr: true,
  titleFr: true,
  summaryAr: true,
  summaryFr: true,
  startsAt: true,
  venueAr: true,
  venueFr: true,
  commune: { select: { nameAr: true, nameFr: true } },
} as const;

type SummaryRow = {
  slug: string;
  kind: string;
  titleAr: string;
  titleFr: string;
  summaryAr: string;
  summaryFr: string;
  startsAt: Date;
  venueAr: string;
  venueFr: string;
  commune: { nameAr: string; nameFr: string } | null;
};

function toSummary(row: SummaryRow, locale: AppLocale): PublicEventSummary {
  return {
    slug: row.slug,
    kind: row.kind,
    title: localized(locale, row.titleAr, row.titleFr),
    summary: localized(locale, row.summaryAr, row.summaryFr),
    startsAt: row.startsAt,
    venue: localized(locale, row.venueAr, row.venueFr),
    communeName: row.commune ? localized(locale, row.commune.nameAr, row.commune.nameFr) : null,
  };
}

function toOrganisation(
  row: { nameAr: string; nameFr: string; acronym: string | null },
  locale: AppLocale,
): OrganisationRef {
  return { name: localized(locale, row.nameAr, row.nameFr), acronym: row.acronym };
}

/** Published events, newest first. Drafts are never public. */
export async function listPublishedEvents(
  locale: AppLocale,
  page: { skip?: number; take?: number } = {},
): Promise<{ events: PublicEventSummary[]; total: number }> {
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where: PUBLISHED,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      select: summarySelect,
      skip: page.skip ?? 0,
      take: page.take ?? 20,
    }),
    db.event.count({ where: PUBLISHED }),
  ]);
  return { events: rows.map((row) => toSummary(row, locale)), total };
}

const organisationSelect = { nameAr: true, nameFr: true, acronym: true } as const;

export async function getPublishedEvent(slug: string, locale: AppLocale): Promise<PublicEventDetail | null> {
  const row = await getDb().event.findFirst({
    where: { slug, ...PUBLISHED },
    select: {
      ...summarySelect,
      id: true,
      isDemo: true,
      prefectureId: true,
      prefecture: { select: { nameAr: true, nameFr: true } },
      occasionAr: true,
      occasionFr: true,
      bodyAr: true,
      bodyFr: true,
      attendance: true,
      attendanceNoteAr: true,
      attendanceNoteFr: true,
      sourceNameAr: true,
      sourceNameFr: true,
      updatedAt: true,
      organiser: { select: organisationSelect },
      partners: { orderBy: { position: "asc" }, select: { organisation: { select: organisationSelect } } },
      presentations: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          titleAr: true,
          titleFr: true,
          presenterRoleAr: true,
          presenterRoleFr: true,
          summaryAr: true,
          summaryFr: true,
          organisation: { select: organisationSelect },
          reportedPeriodStartYear: true,
          reportedPeriodEndYear: true,
          reportedCooperativesFunded: true,
          reportedUrbanCooperatives: true,
          reportedRuralCooperatives: true,
          reportedTotalEnvelopeCentimes: true,
          reportedIndhContributionCentimes: true,
        },
      },
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row, locale),
    id: row.id,
    isDemo: row.isDemo,
    prefectureId: row.prefectureId,
    prefectureName: localized(locale, row.prefecture.nameAr, row.prefecture.nameFr),
    occasion: localizedOrNull(locale, row.occasionAr, row.occasionFr),
    body: localized(locale, row.bodyAr, row.bodyFr),
    attendance: row.attendance,
    attendanceNote: localizedOrNull(locale, row.attendanceNoteAr, row.attendanceNoteFr),
    organiser: toOrganisation(row.organiser, locale),
    partners: row.partners.map((p) => toOrganisation(p.organisation, locale)),
    sourceName: localizedOrNull(locale, row.sourceNameAr, row.sourceNameFr),
    updatedAt: row.updatedAt,
    presentations: row.presentations.map((p) => ({
      position: p.position,
      title: localized(locale, p.titleAr, p.titleFr),
      presenterRole: localized(locale, p.presenterRoleAr, p.presenterRoleFr),
      organisation: p.organisation ? toOrganisation(p.organisation, locale) : null,
      summary: localized(locale, p.summaryAr, p.summaryFr),
      reported: reportedFiguresOf(p),
    })),
  };
}
