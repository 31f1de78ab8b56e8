import "server-only";
import { getDb } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { PublicCallDetail, PublicCallSummary } from "@/lib/calls/types";

// Public pages show published calls only: drafts and cancelled calls answer 404.
const PUBLISHED = { status: "PUBLISHED" } as const;

const summarySelect = {
  slug: true, titleAr: true, titleFr: true, opensAt: true, closesAt: true, envelopeCentimes: true,
  programme: { select: { number: true, nameAr: true, nameFr: true } },
} as const;

type SummaryRow = { slug: string; titleAr: string; titleFr: string; opensAt: Date; closesAt: Date; envelopeCentimes: bigint; programme: { number: number; nameAr: string; nameFr: string } };

const toSummary = (r: SummaryRow, locale: AppLocale): PublicCallSummary => ({
  slug: r.slug, title: localized(locale, r.titleAr, r.titleFr), programme: localized(locale, r.programme.nameAr, r.programme.nameFr),
  opensAt: r.opensAt, closesAt: r.closesAt, envelopeCentimes: r.envelopeCentimes,
});

/** Calls taking applications at `now`: opensAt ≤ now < closesAt, the nearest deadline first. */
export async function listOpenCalls(locale: AppLocale, now: Date = new Date()): Promise<PublicCallSummary[]> {
  const rows = await getDb().callForProjects.findMany({
    where: { ...PUBLISHED, opensAt: { lte: now }, closesAt: { gt: now } },
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    take: 100,
    select: summarySelect,
  });
  return rows.map((r) => toSummary(r, locale));
}

/** Published calls not yet open, the soonest first. */
export async function listUpcomingCalls(locale: AppLocale, now: Date = new Date()): Promise<PublicCallSummary[]> {
  const rows = await getDb().callForProjects.findMany({ where: { ...PUBLISHED, opensAt: { gt: now } }, orderBy: [{ opensAt: "asc" }, { id: "asc" }], take: 100, select: summarySelect });
  return rows.map((r) => toSummary(r, locale));
}

/** Closed calls, the most recent first. */
export async function listPastCalls(locale: AppLocale, now: Date = new Date(), take = 50): Promise<PublicCallSummary[]> {
  const rows = await getDb().callForProjects.findMany({ where: { ...PUBLISHED, closesAt: { lte: now } }, orderBy: [{ closesAt: "desc" }, { id: "desc" }], take, select: summarySelect });
  return rows.map((r) => toSummary(r, locale));
}

/** A published call by its public address, in the page's language; null for drafts, cancelled or unknown calls. */
export async function getPublishedCall(slug: string, locale: AppLocale): Promise<PublicCallDetail | null> {
  if (slug.length > 200) return null;
  const call = await getDb().callForProjects.findFirst({
    where: { slug, ...PUBLISHED },
    select: {
      ...summarySelect, id: true, reference: true, textAr: true, textFr: true, resultsPublic: true, updatedAt: true,
      prefecture: { select: { nameAr: true, nameFr: true } },
      axes: { select: { axis: { select: { nameAr: true, nameFr: true, maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true } } }, orderBy: { axisId: "asc" } },
      requiredDocuments: { select: { labelAr: true, labelFr: true }, orderBy: { position: "asc" } },
      criteria: { select: { labelAr: true, labelFr: true, weight: true }, orderBy: { position: "asc" } },
    },
  });
  if (!call) return null;
  return {
    ...toSummary(call, locale), id: call.id, reference: call.reference, text: localized(locale, call.textAr, call.textFr),
    prefectureName: localized(locale, call.prefecture.nameAr, call.prefecture.nameFr), resultsPublic: call.resultsPublic, updatedAt: call.updatedAt,
    axes: call.axes.map(({ axis: a }) => ({ name: localized(locale, a.nameAr, a.nameFr), maxIndhSharePercent: a.maxIndhSharePercent, maxIndhContributionCentimes: a.maxIndhContributionCentimes, minWomenOrYouthMembersPercent: a.minWomenOrYouthMembersPercent })),
    documents: call.requiredDocuments.map((d) => localized(locale, d.labelAr, d.labelFr)),
    criteria: call.criteria.map((c) => ({ label: localized(locale, c.labelAr, c.labelFr), weight: c.weight })),
  };
}
