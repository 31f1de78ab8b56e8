import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { CALL_STATUSES } from "@/lib/calls/schema";
import { storedCallSelect, type StoredCall } from "@/lib/calls/stored-call";
import type { AdminCallDetail, AdminCallRow, ProgrammeChoice } from "@/lib/calls/types";

export type CallListFilters = { status?: string; programme?: string };

const programmeSelect = { number: true, nameAr: true, nameFr: true, phase: { select: { nameAr: true, nameFr: true } } } as const;
type ProgrammeRow = { number: number; nameAr: string; nameFr: string; phase: { nameAr: string; nameFr: string } };

// Programme numbers repeat from one phase to the next: every label names its phase.
const programmeLabel = (p: ProgrammeRow, locale: AppLocale) => `${localized(locale, p.phase.nameAr, p.phase.nameFr)} — ${p.number}. ${localized(locale, p.nameAr, p.nameFr)}`;

/** The user's calls (every prefecture's for a national user), newest closing first; unknown filter values are ignored. */
export async function listAdminCalls(user: SessionUser, filters: CallListFilters, locale: AppLocale): Promise<AdminCallRow[]> {
  const status = (CALL_STATUSES as readonly string[]).includes(filters.status ?? "") ? filters.status : undefined;
  const programmeId = /^\d{1,9}$/.test(filters.programme ?? "") ? Number(filters.programme) : undefined;
  const rows = await getDb().callForProjects.findMany({
    where: { ...prefectureScope(user), status, programmeId },
    orderBy: [{ closesAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true, reference: true, titleAr: true, titleFr: true, opensAt: true, closesAt: true, status: true,
      programme: { select: programmeSelect },
    },
  });
  // Counted for the calls listed only: Prisma's `_count: { applications }` counts every call's applications
  // before it joins them to these (0.3 s at 300,000 applications, bench:national).
  const counts = rows.length === 0 ? [] : await getDb().application.groupBy({ by: ["callId"], where: { callId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const applications = new Map(counts.map((c) => [c.callId, c._count._all]));
  return rows.map((r) => ({
    id: r.id, reference: r.reference, title: localized(locale, r.titleAr, r.titleFr), programme: programmeLabel(r.programme, locale),
    opensAt: r.opensAt, closesAt: r.closesAt, status: r.status, applications: applications.get(r.id) ?? 0,
  }));
}

/** Programmes (newest phase first) with their axes: the form's choices and the list's filter. */
export async function listProgrammeChoices(locale: AppLocale): Promise<ProgrammeChoice[]> {
  const programmes = await getDb().programme.findMany({
    orderBy: [{ phase: { number: "desc" } }, { number: "asc" }],
    select: { id: true, ...programmeSelect, axes: { select: { id: true, nameAr: true, nameFr: true }, orderBy: { code: "asc" } } },
  });
  return programmes.map((p) => ({ id: p.id, label: programmeLabel(p, locale), axes: p.axes.map((a) => ({ id: a.id, name: localized(locale, a.nameAr, a.nameFr) })) }));
}

/** The detail page's call, or null when missing or in a prefecture the user may not see (the same answer). */
export async function getAdminCall(user: SessionUser, id: number, locale: AppLocale): Promise<AdminCallDetail | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const call = await getDb().callForProjects.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      id: true, slug: true, reference: true, status: true, titleAr: true, titleFr: true, textAr: true, textFr: true, opensAt: true, closesAt: true,
      envelopeCentimes: true, publishedAt: true, resultsPublic: true, version: true,
      prefecture: { select: { nameAr: true, nameFr: true } }, programme: { select: programmeSelect },
      axes: { select: { axis: { select: { id: true, nameAr: true, nameFr: true, maxIndhSharePercent: true, maxIndhContributionCentimes: true, minWomenOrYouthMembersPercent: true } } }, orderBy: { axisId: "asc" } },
      requiredDocuments: { select: { position: true, labelAr: true, labelFr: true }, orderBy: { position: "asc" } },
      criteria: { select: { position: true, labelAr: true, labelFr: true, weight: true }, orderBy: { position: "asc" } },
      _count: { select: { applications: true } },
    },
  });
  if (!call) return null;
  const { prefecture, programme, axes, requiredDocuments, _count, ...rest } = call;
  return {
    ...rest, prefectureName: localized(locale, prefecture.nameAr, prefecture.nameFr), programme: programmeLabel(programme, locale),
    applications: _count.applications, documents: requiredDocuments,
    axes: axes.map(({ axis: a }) => ({ id: a.id, name: localized(locale, a.nameAr, a.nameFr), maxIndhSharePercent: a.maxIndhSharePercent, maxIndhContributionCentimes: a.maxIndhContributionCentimes, minWomenOrYouthMembersPercent: a.minWomenOrYouthMembersPercent })),
  };
}

/** The call as the edit form and the lock checks read it. */
export async function getStoredCall(user: SessionUser, id: number): Promise<StoredCall | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return getDb().callForProjects.findFirst({ where: { id, ...prefectureScope(user) }, select: storedCallSelect }) as Promise<StoredCall | null>;
}
