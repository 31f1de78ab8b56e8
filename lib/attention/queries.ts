import "server-only";
// The workspace home's "needs attention" list: four groups of records that call for someone to act, each
// limited to the user's prefecture (all of them for a national user), the most urgent first, at most
// ATTENTION_LIMIT items with the total beside. A handful of queries in all, none per record.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { moroccoToday } from "@/lib/conventions/rules";
import { STATES_NEEDING_ATTENTION, type ProjectState } from "@/lib/visits/schema";
import { ATTENTION_LIMIT, CLOSING_SOON_DAYS, VISIT_INTERVAL_MONTHS, addDays, daysBetween, monthsBefore, moroccoDayOf, moroccoDayStart } from "@/lib/attention/rules";
import type { AttentionGroup, ClosingCall, NeedsAttention, OverdueTranche, ProjectAtRisk, UnvisitedConvention } from "@/lib/attention/types";

/** Grants no longer followed: a cancelled one pays nothing more, a completed one needs no more visits. */
const CLOSED_GRANT_STATUSES = ["CANCELLED", "COMPLETED"];

type Names = { titleAr: string; titleFr: string; cooperative: { nameAr: string; nameFr: string } };
const grantNames = { titleAr: true, titleFr: true, cooperative: { select: { nameAr: true, nameFr: true } } } as const;
const named = (locale: AppLocale, g: Names) => ({ grantTitle: localized(locale, g.titleAr, g.titleFr), cooperative: localized(locale, g.cooperative.nameAr, g.cooperative.nameFr) });

/**
 * `today` is the calendar day in Morocco (a UTC midnight). Calls close at an instant: `now`, when not
 * given, is the current instant if `today` is today, else the start of `today` in Morocco (so a test that
 * fixes the day does not depend on the clock).
 */
export async function getNeedsAttention(user: SessionUser, locale: AppLocale, today: Date = moroccoToday(), now?: Date): Promise<NeedsAttention> {
  const instant = now ?? (today.getTime() === moroccoToday().getTime() ? new Date() : moroccoDayStart(today));
  const [overdueTranches, unvisitedConventions, projectsAtRisk, closingCalls] = await Promise.all([
    listOverdueTranches(user, locale, today),
    listUnvisitedConventions(user, locale, today),
    listProjectsAtRisk(user, locale),
    listClosingCalls(user, locale, today, instant),
  ]);
  return { overdueTranches, unvisitedConventions, projectsAtRisk, closingCalls };
}

/** Planned before today, not paid, of a grant not cancelled; the longest overdue first. */
async function listOverdueTranches(user: SessionUser, locale: AppLocale, today: Date): Promise<AttentionGroup<OverdueTranche>> {
  const db = getDb();
  const where = { plannedOn: { lt: today }, paidOn: null, grant: { ...prefectureScope(user), status: { not: "CANCELLED" } } } satisfies Prisma.GrantTrancheWhereInput;
  const [rows, total] = await Promise.all([
    db.grantTranche.findMany({
      where, orderBy: [{ plannedOn: "asc" }, { id: "asc" }], take: ATTENTION_LIMIT,
      select: { id: true, position: true, plannedOn: true, amountCentimes: true, grant: { select: { id: true, ...grantNames, convention: { select: { id: true } } } } },
    }),
    db.grantTranche.count({ where }),
  ]);
  const items = rows.map((t) => ({
    trancheId: t.id, grantId: t.grant.id, href: t.grant.convention ? `/admin/grants/${t.grant.id}/convention` : `/admin/grants/${t.grant.id}`,
    ...named(locale, t.grant), position: t.position, amountCentimes: t.amountCentimes, plannedOn: t.plannedOn, daysOverdue: daysBetween(t.plannedOn, today),
  }));
  return { items, total };
}

/**
 * Signed before the cutoff (today − six calendar months), grant neither cancelled nor completed, and no
 * visit on or after the cutoff: six months without anyone going there. Never visited first (signed
 * longest ago first), then the longest since the last visit.
 */
async function listUnvisitedConventions(user: SessionUser, locale: AppLocale, today: Date): Promise<AttentionGroup<UnvisitedConvention>> {
  const db = getDb();
  const scope = prefectureScope(user);
  const cutoff = monthsBefore(today, VISIT_INTERVAL_MONTHS);
  const followed = { status: { notIn: CLOSED_GRANT_STATUSES } };
  const where = { ...scope, signedOn: { lt: cutoff }, grant: { ...followed, visits: { none: { visitedOn: { gte: cutoff } } } } } satisfies Prisma.ConventionWhereInput;
  const select = { reference: true, signedOn: true, grant: { select: { id: true, ...grantNames } } } as const;
  const [total, neverVisited, lastVisits] = await Promise.all([
    db.convention.count({ where }),
    db.convention.findMany({ where: { ...where, grant: { ...followed, visits: { none: {} } } }, orderBy: [{ signedOn: "asc" }, { id: "asc" }], take: ATTENTION_LIMIT, select }),
    // The last visit of each such grant, oldest first: one grouped query instead of a look per grant.
    db.visit.groupBy({
      by: ["grantId"],
      where: { grant: { ...scope, ...followed, convention: { signedOn: { lt: cutoff } } } },
      _max: { visitedOn: true },
      having: { visitedOn: { _max: { lt: cutoff } } },
      orderBy: [{ _max: { visitedOn: "asc" } }, { grantId: "asc" }],
      take: ATTENTION_LIMIT,
    }),
  ]);
  const visited = lastVisits.slice(0, ATTENTION_LIMIT - neverVisited.length);
  const visitedRows = visited.length === 0 ? [] : await db.convention.findMany({ where: { grantId: { in: visited.map((v) => v.grantId) } }, select });
  const byGrant = new Map(visitedRows.map((c) => [c.grant.id, c]));
  const toItem = (c: (typeof neverVisited)[number], lastVisitOn: Date | null): UnvisitedConvention => ({
    grantId: c.grant.id, href: `/admin/grants/${c.grant.id}`, ...named(locale, c.grant), reference: c.reference, signedOn: c.signedOn!, lastVisitOn,
  });
  const items = [
    ...neverVisited.map((c) => toItem(c, null)),
    ...visited.flatMap((v) => {
      const c = byGrant.get(v.grantId);
      return c ? [toItem(c, v._max.visitedOn)] : [];
    }),
  ];
  return { items, total };
}

/**
 * Grants (neither cancelled nor completed) whose latest visit — the latest visitedOn, then the highest id
 * among visits of that day — found the project at risk or stalled. Stalled first, then the oldest visit.
 * Raw SQL because "no later visit of the same grant" is a correlated NOT EXISTS Prisma cannot express;
 * plain SQL that SQLite and PostgreSQL both run, served by the (grantId, visitedOn) index.
 */
async function listProjectsAtRisk(user: SessionUser, locale: AppLocale): Promise<AttentionGroup<ProjectAtRisk>> {
  const db = getDb();
  const scope = prefectureScope(user);
  const conditions = [
    Prisma.sql`v."projectState" IN (${Prisma.join(STATES_NEEDING_ATTENTION)})`,
    Prisma.sql`g."status" NOT IN (${Prisma.join(CLOSED_GRANT_STATUSES)})`,
    ...(scope.prefectureId === undefined ? [] : [Prisma.sql`g."prefectureId" = ${scope.prefectureId}`]),
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Visit" w WHERE w."grantId" = v."grantId"
      AND (w."visitedOn" > v."visitedOn" OR (w."visitedOn" = v."visitedOn" AND w."id" > v."id")))`,
  ];
  // COUNT(*) OVER () is computed before LIMIT: the total comes with the rows shown.
  const rows = await db.$queryRaw<{ id: number | bigint; total: number | bigint }[]>`
    SELECT v."id" AS "id", COUNT(*) OVER () AS "total"
    FROM "Visit" v JOIN "Grant" g ON g."id" = v."grantId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY CASE WHEN v."projectState" = 'STALLED' THEN 0 ELSE 1 END, v."visitedOn" ASC, v."id" ASC
    LIMIT ${ATTENTION_LIMIT}`;
  const ids = rows.map((r) => Number(r.id));
  const visits = ids.length === 0 ? [] : await db.visit.findMany({
    where: { id: { in: ids } },
    select: { id: true, projectState: true, visitedOn: true, grant: { select: { id: true, ...grantNames } } },
  });
  const byId = new Map(visits.map((v) => [v.id, v]));
  const items = ids.flatMap((id) => {
    const v = byId.get(id);
    return v ? [{ visitId: v.id, grantId: v.grant.id, href: `/admin/visits/${v.id}`, ...named(locale, v.grant), state: v.projectState as ProjectState, visitedOn: v.visitedOn }] : [];
  });
  return { items, total: rows.length === 0 ? 0 : Number(rows[0]!.total) };
}

/**
 * Published and open at `now` (opensAt ≤ now < closesAt, as the public list reads it), closing on a day
 * in Morocco at most CLOSING_SOON_DAYS after today; the nearest deadline first.
 */
async function listClosingCalls(user: SessionUser, locale: AppLocale, today: Date, now: Date): Promise<AttentionGroup<ClosingCall>> {
  const db = getDb();
  const until = moroccoDayStart(addDays(today, CLOSING_SOON_DAYS + 1));
  const where = { ...prefectureScope(user), status: "PUBLISHED", opensAt: { lte: now }, closesAt: { gt: now, lt: until } } satisfies Prisma.CallForProjectsWhereInput;
  const [rows, total] = await Promise.all([
    db.callForProjects.findMany({ where, orderBy: [{ closesAt: "asc" }, { id: "asc" }], take: ATTENTION_LIMIT, select: { id: true, reference: true, titleAr: true, titleFr: true, closesAt: true } }),
    db.callForProjects.count({ where }),
  ]);
  const items = rows.map((c) => {
    const closesOn = moroccoDayOf(c.closesAt);
    return { callId: c.id, href: `/admin/calls/${c.id}`, title: localized(locale, c.titleAr, c.titleFr), reference: c.reference, closesAt: c.closesAt, closesOn, daysLeft: daysBetween(today, closesOn) };
  });
  return { items, total };
}
