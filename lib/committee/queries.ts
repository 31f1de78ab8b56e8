import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { averageScore } from "@/lib/committee/ranking";
import { minutesTotals } from "@/lib/committee/minutes";
import { AGENDA_READY_STATUSES, notOnAnOpenAgenda } from "@/lib/committee/agenda-mutations";
import { UNDECIDED_APPLICATION_STATUSES } from "@/lib/committee/mutations";
import { storedItemSelect, storedSessionSelect } from "@/lib/committee/stored";
import type { AgendaRow, CandidateRow, SessionListRow } from "@/lib/committee/types";

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** The sessions of the user's prefecture (all for a national user), latest first, with their tallies. */
export async function listSessions(user: SessionUser, locale: AppLocale): Promise<SessionListRow[]> {
  const sessions = await getDb().committeeSession.findMany({
    where: prefectureScope(user),
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, heldOn: true, placeAr: true, placeFr: true, status: true, agendaItems: { select: { decision: true, approvedAmountCentimes: true } } },
  });
  return sessions.map((s) => {
    const totals = minutesTotals(s.agendaItems);
    return {
      id: s.id, heldOn: s.heldOn, place: localized(locale, s.placeAr, s.placeFr), status: s.status, items: s.agendaItems.length,
      decided: totals.approved + totals.deferred + totals.rejected, approved: totals.approved, approvedCentimes: totals.approvedCentimes,
    };
  });
}

/** The stored session, for its edit form; null outside the user's prefecture. */
export async function getSessionForEdit(user: SessionUser, id: number) {
  if (!validId(id)) return null;
  return getDb().committeeSession.findFirst({ where: { id, ...prefectureScope(user) }, select: storedSessionSelect });
}

const agendaApplicationSelect = {
  id: true, receiptCode: true, status: true, grantId: true, applicantNameAr: true, applicantNameFr: true, projectTitle: true,
  requestedIndhCentimes: true, totalCostCentimes: true, partnersContributionCentimes: true, partnersDescription: true,
  applicantCommune: { select: { nameAr: true, nameFr: true } },
  call: { select: { id: true, reference: true, titleAr: true, titleFr: true } },
} as const;

type AgendaApplication = { receiptCode: string; applicantNameAr: string; applicantNameFr: string; applicantCommune: { nameAr: string; nameFr: string }; call: { id: number; reference: string; titleAr: string; titleFr: string } };
const applicationNames = (locale: AppLocale, a: AgendaApplication) => ({
  receiptCode: a.receiptCode, applicantName: localized(locale, a.applicantNameAr, a.applicantNameFr),
  commune: localized(locale, a.applicantCommune.nameAr, a.applicantCommune.nameFr),
  callId: a.call.id, callReference: a.call.reference, callTitle: localized(locale, a.call.titleAr, a.call.titleFr),
});

/** A session with its ranked agenda; null outside the user's prefecture (the page answers 404). */
export async function getSessionDetail(user: SessionUser, id: number, locale: AppLocale) {
  if (!validId(id)) return null;
  const session = await getDb().committeeSession.findFirst({
    where: { id, ...prefectureScope(user) },
    select: {
      ...storedSessionSelect,
      prefecture: { select: { nameAr: true, nameFr: true } },
      agendaItems: { orderBy: [{ rank: "asc" }, { id: "asc" }], select: { ...storedItemSelect, application: { select: agendaApplicationSelect } } },
    },
  });
  if (!session) return null;
  const agenda: AgendaRow[] = session.agendaItems.map(({ application: a, ...item }) => ({
    ...item, applicationId: a.id, ...applicationNames(locale, a), projectTitle: a.projectTitle, applicationStatus: a.status, grantId: a.grantId,
    requestedCentimes: a.requestedIndhCentimes, totalCostCentimes: a.totalCostCentimes, partnersCentimes: a.partnersContributionCentimes,
    partnersDescription: a.partnersDescription,
  }));
  return { ...session, agenda };
}
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof getSessionDetail>>>;

/** Applications of the session's prefecture that could go on its agenda now, best score first. */
export async function listCandidates(prefectureId: number, locale: AppLocale): Promise<CandidateRow[]> {
  const rows = await getDb().application.findMany({
    where: { prefectureId, status: { in: AGENDA_READY_STATUSES }, ...notOnAnOpenAgenda },
    take: 500,
    orderBy: { submittedAt: "asc" },
    select: { ...agendaApplicationSelect, reviews: { select: { totalScore: true, submittedAt: true, hasConflict: true } } },
  });
  return rows
    .map((a) => ({ applicationId: a.id, ...applicationNames(locale, a), projectTitle: a.projectTitle, status: a.status, requestedCentimes: a.requestedIndhCentimes, score: averageScore(a.reviews)?.rounded ?? null }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
}

/** The calls with an application on this agenda: how many of their applications still await a decision. */
export async function listAgendaCalls(sessionId: number, locale: AppLocale) {
  const calls = await getDb().callForProjects.findMany({
    where: { applications: { some: { agendaItems: { some: { sessionId } } } } },
    orderBy: { id: "asc" },
    select: { id: true, slug: true, reference: true, titleAr: true, titleFr: true, resultsPublic: true },
  });
  return Promise.all(calls.map(async (c) => ({
    id: c.id, slug: c.slug, reference: c.reference, title: localized(locale, c.titleAr, c.titleFr), resultsPublic: c.resultsPublic,
    undecided: await getDb().application.count({ where: { callId: c.id, status: { in: UNDECIDED_APPLICATION_STATUSES } } }),
  })));
}

/** The organisations of the prefecture, for the partner a grant's partners' contribution is filed under. */
export async function listPartnerOrganisations(prefectureId: number, locale: AppLocale) {
  const rows = await getDb().organisation.findMany({ where: { prefectureId }, orderBy: { id: "asc" }, select: { id: true, nameAr: true, nameFr: true, acronym: true } });
  return rows.map((o) => ({ id: o.id, name: o.acronym ? `${o.acronym} — ${localized(locale, o.nameAr, o.nameFr)}` : localized(locale, o.nameAr, o.nameFr) }));
}
