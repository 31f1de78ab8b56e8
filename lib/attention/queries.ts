import "server-only";
// The workspace home's "needs attention" list: four groups of records that call for someone to act, each
// limited to the user's prefecture (all of them for a national user), the most urgent first, at most
// ATTENTION_LIMIT items with the total beside. A handful of queries in all, none per record. The workspace
// home reads them through lib/attention/kept-attention.ts.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { moroccoToday } from "@/lib/conventions/rules";
import { STATES_NEEDING_ATTENTION, type ProjectState } from "@/lib/visits/schema";
import { ATTENTION_LIMIT, CLOSING_SOON_DAYS, VISIT_INTERVAL_MONTHS, addDays, daysBetween, monthsBefore, moroccoDayOf, moroccoDayStart } from "@/lib/attention/rules";
import type { AttentionGroup, ClosingCall, NeedsAttention, OverdueTranche, ProjectAtRisk, RecordsNeedingAttention, UnvisitedConvention } from "@/lib/attention/types";

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
  const [records, closingCalls] = await Promise.all([getRecordsNeedingAttention(user, locale, today), listClosingCalls(user, locale, today, instant)]);
  return { ...records, closingCalls };
}

/**
 * The three groups read from the records (tranches, conventions, visits), which change only when records do:
 * what lib/attention/kept-attention.ts keeps. The closing calls depend on the instant too.
 */
export async function getRecordsNeedingAttention(user: SessionUser, locale: AppLocale, today: Date): Promise<RecordsNeedingAttention> {
  const [overdueTranches, unvisitedConventions, projectsAtRisk] = await Promise.all([
    listOverdueTranches(user, locale, today),
    listUnvisitedConventions(user, locale, today),
    listProjectsAtRisk(user, locale),
  ]);
  return { overdueTranches, unvisitedConventions, projectsAtRisk };
}

/**
 * The rows of `set` (a statement selecting "id" and the columns `orderBy` names) to show, in that order, with
 * how many there are in all. The set is computed once (MATERIALIZED) for both: a count and a LIMIT query
 * read the same 100,000 rows twice for a national user, and a window COUNT(*) OVER () made PostgreSQL sort
 * every row before its join (bench:national). SQLite runs it too (3.35 and later), dates included: its
 * adapter sends a Date parameter as the same text it stores DateTime columns in.
 */
async function firstAndTotal(set: Prisma.Sql, orderBy: Prisma.Sql): Promise<{ ids: number[]; total: number }> {
  const rows = await getDb().$queryRaw<{ id: number | bigint; total: number | bigint }[]>`
    WITH "attention" AS MATERIALIZED (${set})
    SELECT "id", (SELECT COUNT(*) FROM "attention") AS "total" FROM "attention"
    ORDER BY ${orderBy}
    LIMIT ${ATTENTION_LIMIT}`;
  return { ids: rows.map((r) => Number(r.id)), total: rows.length === 0 ? 0 : Number(rows[0]!.total) };
}

/** `column` = the user's prefecture, or nothing for a national user. */
function inScope(user: SessionUser, column: Prisma.Sql): Prisma.Sql[] {
  const { prefectureId } = prefectureScope(user);
  return prefectureId === undefined ? [] : [Prisma.sql`${column} = ${prefectureId}`];
}

/** Rows of `rows` in the order of `ids` (a findMany by ids returns them in any order). */
function inOrderOf<T>(ids: number[], rows: T[], idOf: (row: T) => number): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Planned before today, not paid, of a grant not cancelled; the longest overdue first. */
async function listOverdueTranches(user: SessionUser, locale: AppLocale, today: Date): Promise<AttentionGroup<OverdueTranche>> {
  const conditions = [
    Prisma.sql`t."paidOn" IS NULL`, // GrantTranche(paidOn, plannedOn, grantId, id): found and joined from the index
    Prisma.sql`t."plannedOn" < ${today}`,
    Prisma.sql`g."status" <> 'CANCELLED'`,
    ...inScope(user, Prisma.sql`g."prefectureId"`),
  ];
  const { ids, total } = await firstAndTotal(
    Prisma.sql`SELECT t."id", t."plannedOn" FROM "GrantTranche" t JOIN "Grant" g ON g."id" = t."grantId" WHERE ${Prisma.join(conditions, " AND ")}`,
    Prisma.sql`"plannedOn" ASC, "id" ASC`,
  );
  const rows = ids.length === 0 ? [] : await getDb().grantTranche.findMany({
    where: { id: { in: ids } },
    select: { id: true, position: true, plannedOn: true, amountCentimes: true, grant: { select: { id: true, ...grantNames, convention: { select: { id: true } } } } },
  });
  const items = inOrderOf(ids, rows, (t) => t.id).map((t) => ({
    trancheId: t.id, grantId: t.grant.id, href: t.grant.convention ? `/admin/grants/${t.grant.id}/convention` : `/admin/grants/${t.grant.id}`,
    ...named(locale, t.grant), position: t.position, amountCentimes: t.amountCentimes, plannedOn: t.plannedOn, daysOverdue: daysBetween(t.plannedOn, today),
  }));
  return { items, total };
}

/**
 * Signed before the cutoff (today − six calendar months), grant neither cancelled nor completed, and no
 * visit on or after the cutoff: six months without anyone going there. Never visited first (signed
 * longest ago first), then the longest since the last visit. "No visit since the cutoff" is read from the
 * grant's latest visit (GrantLatestVisit, kept with every visit write), not from all its visits: looking
 * through 770,000 visits took seconds for a national user (bench:national).
 */
async function listUnvisitedConventions(user: SessionUser, locale: AppLocale, today: Date): Promise<AttentionGroup<UnvisitedConvention>> {
  const cutoff = monthsBefore(today, VISIT_INTERVAL_MONTHS);
  const conditions = [
    Prisma.sql`c."signedOn" < ${cutoff}`,
    Prisma.sql`g."status" NOT IN (${Prisma.join(CLOSED_GRANT_STATUSES)})`,
    Prisma.sql`(lv."visitedOn" IS NULL OR lv."visitedOn" < ${cutoff})`,
    ...inScope(user, Prisma.sql`c."prefectureId"`),
  ];
  const { ids, total } = await firstAndTotal(
    Prisma.sql`SELECT c."id", c."grantId", c."signedOn", lv."visitedOn" AS "lastVisitOn"
      FROM "Convention" c JOIN "Grant" g ON g."id" = c."grantId" LEFT JOIN "GrantLatestVisit" lv ON lv."grantId" = c."grantId"
      WHERE ${Prisma.join(conditions, " AND ")}`,
    // Never visited first, by signature then convention; then by last visit then grant.
    Prisma.sql`CASE WHEN "lastVisitOn" IS NULL THEN 0 ELSE 1 END, COALESCE("lastVisitOn", "signedOn") ASC, CASE WHEN "lastVisitOn" IS NULL THEN "id" ELSE "grantId" END ASC`,
  );
  const rows = ids.length === 0 ? [] : await getDb().convention.findMany({
    where: { id: { in: ids } },
    select: { id: true, reference: true, signedOn: true, grant: { select: { id: true, ...grantNames, latestVisit: { select: { visitedOn: true } } } } },
  });
  const items = inOrderOf(ids, rows, (c) => c.id).map((c) => ({
    grantId: c.grant.id, href: `/admin/grants/${c.grant.id}`, ...named(locale, c.grant), reference: c.reference, signedOn: c.signedOn!, lastVisitOn: c.grant.latestVisit?.visitedOn ?? null,
  }));
  return { items, total };
}

/**
 * Grants (neither cancelled nor completed) whose latest visit — the latest visitedOn, then the highest id
 * among visits of that day — found the project at risk or stalled. Stalled first, then the oldest visit.
 * Read from GrantLatestVisit, which holds exactly that visit and its state, kept with every visit write:
 * finding the latest among 770,000 visits took 5 s for a national user.
 */
async function listProjectsAtRisk(user: SessionUser, locale: AppLocale): Promise<AttentionGroup<ProjectAtRisk>> {
  const conditions = [
    Prisma.sql`lv."projectState" IN (${Prisma.join(STATES_NEEDING_ATTENTION)})`,
    Prisma.sql`g."status" NOT IN (${Prisma.join(CLOSED_GRANT_STATUSES)})`,
    ...inScope(user, Prisma.sql`g."prefectureId"`),
  ];
  const { ids, total } = await firstAndTotal(
    Prisma.sql`SELECT lv."visitId" AS "id", lv."projectState", lv."visitedOn" FROM "GrantLatestVisit" lv JOIN "Grant" g ON g."id" = lv."grantId" WHERE ${Prisma.join(conditions, " AND ")}`,
    Prisma.sql`CASE WHEN "projectState" = 'STALLED' THEN 0 ELSE 1 END, "visitedOn" ASC, "id" ASC`,
  );
  const visits = ids.length === 0 ? [] : await getDb().visit.findMany({
    where: { id: { in: ids } },
    select: { id: true, projectState: true, visitedOn: true, grant: { select: { id: true, ...grantNames } } },
  });
  const items = inOrderOf(ids, visits, (v) => v.id).map((v) => ({
    visitId: v.id, grantId: v.grant.id, href: `/admin/visits/${v.id}`, ...named(locale, v.grant), state: v.projectState as ProjectState, visitedOn: v.visitedOn,
  }));
  return { items, total };
}

/**
 * Published and open at `now` (opensAt ≤ now < closesAt, as the public list reads it), closing on a day
 * in Morocco at most CLOSING_SOON_DAYS after today; the nearest deadline first.
 */
export async function listClosingCalls(user: SessionUser, locale: AppLocale, today: Date, now: Date): Promise<AttentionGroup<ClosingCall>> {
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
