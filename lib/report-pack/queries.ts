import "server-only";
// The report pack's own reads (the dashboard's figures, pipeline and outcomes come from lib/dashboards):
// the tranches due and overdue, the projects whose latest visit found them at risk or stalled, and the
// decisions waiting for the committee. Every read is held to the user's prefecture (a national user's
// choice, or every prefecture) and to the report's filters, read as the dashboard reads them: the grants
// the money figures count (dashboard-where.ts `counted`, never a cancelled one) and, for applications, the
// pipeline's reading (pipeline-queries.ts applicationWhere). A few queries each, none per row.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference } from "@/lib/dashboards/dashboard-reference";
import { dashboardWhere, scopedPrefectureId } from "@/lib/dashboards/dashboard-where";
import { conditionSql } from "@/lib/dashboards/funded-cooperatives";
import { applicationWhere } from "@/lib/dashboards/pipeline-queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { STATES_NEEDING_ATTENTION, type ProjectState } from "@/lib/visits/schema";
import { REPORT_ROW_LIMIT, daysBetween, dueBefore, withoutPeriod } from "@/lib/report-pack/rules";
import type { DecisionsToTake, ListWithTotals, ProjectAtRiskRow, TrancheDueRow, TrancheReadiness, TranchesDue, UnsignedGrantRow } from "@/lib/report-pack/types";

type Named = { nameAr: string; nameFr: string };
const grantNames = {
  titleAr: true, titleFr: true,
  cooperative: { select: { nameAr: true, nameFr: true, commune: { select: { nameAr: true, nameFr: true } } } },
} as const;
type GrantNames = { titleAr: string; titleFr: string; cooperative: Named & { commune: Named } };
const named = (locale: AppLocale, g: GrantNames) => ({
  grantTitle: localized(locale, g.titleAr, g.titleFr),
  cooperative: localized(locale, g.cooperative.nameAr, g.cooperative.nameFr),
  commune: localized(locale, g.cooperative.commune.nameAr, g.cooperative.commune.nameFr),
});

/** The `where` of the grants the report's money figures count (the dashboard's). */
async function countedGrants(user: SessionUser, filters: DashboardFilters): Promise<Prisma.GrantWhereInput> {
  const prefectureId = scopedPrefectureId(user, filters);
  return dashboardWhere(prefectureId, filters, await loadDashboardReference(prefectureId)).counted;
}

const sum = (value: bigint | null | undefined) => value ?? 0n;

/**
 * Unpaid tranches of the counted grants planned before the end of the period + 90 days: those planned
 * before `today` (overdue, the longest overdue first), then the others (the nearest first).
 */
export async function getTranchesDue(user: SessionUser, filters: DashboardFilters, locale: AppLocale, today: Date): Promise<TranchesDue> {
  const db = getDb();
  const grant = await countedGrants(user, filters);
  const before = dueBefore(filters, today);
  const overdueEnd = before < today ? before : today;
  const list = async (plannedOn: Prisma.DateTimeFilter): Promise<ListWithTotals<TrancheDueRow>> => {
    const where = { paidOn: null, plannedOn, grant } satisfies Prisma.GrantTrancheWhereInput;
    const [rows, totals] = await Promise.all([
      db.grantTranche.findMany({
        where, orderBy: [{ plannedOn: "asc" }, { grantId: "asc" }, { position: "asc" }], take: REPORT_ROW_LIMIT,
        select: {
          id: true, position: true, plannedOn: true, amountCentimes: true,
          milestone: { select: { reachedOn: true } },
          grant: { select: { id: true, ...grantNames, convention: { select: { signedOn: true } } } },
        },
      }),
      db.grantTranche.aggregate({ where, _count: { _all: true }, _sum: { amountCentimes: true } }),
    ]);
    return {
      rows: rows.map((t) => ({
        trancheId: t.id, grantId: t.grant.id, ...named(locale, t.grant), position: t.position, plannedOn: t.plannedOn,
        amountCentimes: t.amountCentimes, daysLate: daysBetween(t.plannedOn, today),
        readiness: readiness(t.grant.convention, t.milestone), milestoneReachedOn: t.milestone?.reachedOn ?? null,
      })),
      count: totals._count._all,
      amountCentimes: sum(totals._sum.amountCentimes),
    };
  };
  const [overdue, due] = await Promise.all([list({ lt: overdueEnd }), list({ gte: today, lt: before })]);
  return { today, dueBefore: before, overdue, due };
}

function readiness(convention: { signedOn: Date | null } | null, milestone: { reachedOn: Date | null } | null): TrancheReadiness {
  if (!convention) return "NO_CONVENTION";
  if (!convention.signedOn) return "UNSIGNED";
  if (!milestone) return "NO_MILESTONE";
  return milestone.reachedOn ? "MILESTONE_REACHED" : "MILESTONE_PENDING";
}

/**
 * The counted grants whose latest visit (latest visitedOn, then highest id, as the outcomes read it) found
 * the project at risk or stalled: stalled first, then the longest since that visit. Their number equals
 * the outcomes' AT_RISK + STALLED under the same filters. Raw SQL for the correlated "no later visit",
 * plain SQL that SQLite and PostgreSQL both run, served by Visit's (grantId, visitedOn) index.
 */
export async function listProjectsAtRisk(user: SessionUser, filters: DashboardFilters, locale: AppLocale, today: Date): Promise<ListWithTotals<ProjectAtRiskRow>> {
  const db = getDb();
  const prefectureId = scopedPrefectureId(user, filters);
  const counted = dashboardWhere(prefectureId, filters, await loadDashboardReference(prefectureId)).counted;
  const conditions = [
    ...counted.AND.map((c) => conditionSql("g", c)),
    Prisma.sql`v."projectState" IN (${Prisma.join(STATES_NEEDING_ATTENTION)})`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Visit" w WHERE w."grantId" = v."grantId"
      AND (w."visitedOn" > v."visitedOn" OR (w."visitedOn" = v."visitedOn" AND w."id" > v."id")))`,
  ];
  // COUNT and SUM OVER () are computed before LIMIT: the totals come with the rows shown. The sum is cast
  // to text so that it comes back exact (a bigint on PostgreSQL, possibly a float on SQLite otherwise).
  const rows = await db.$queryRaw<{ id: number | bigint; total: number | bigint; indh: string | null }[]>`
    SELECT v."id" AS "id", COUNT(*) OVER () AS "total", CAST(SUM(g."indhContributionCentimes") OVER () AS TEXT) AS "indh"
    FROM "Visit" v JOIN "Grant" g ON g."id" = v."grantId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY CASE WHEN v."projectState" = 'STALLED' THEN 0 ELSE 1 END, v."visitedOn" ASC, v."id" ASC
    LIMIT ${REPORT_ROW_LIMIT}`;
  const ids = rows.map((r) => Number(r.id));
  const visits = ids.length === 0 ? [] : await db.visit.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, projectState: true, visitedOn: true, visitors: true, findings: true, jobs: true,
      grant: { select: { id: true, indhContributionCentimes: true, ...grantNames, baseline: { select: { jobs: true } } } },
    },
  });
  const byId = new Map(visits.map((v) => [v.id, v]));
  const list = ids.flatMap((id) => {
    const v = byId.get(id);
    return v ? [{
      visitId: v.id, grantId: v.grant.id, ...named(locale, v.grant), indhContributionCentimes: v.grant.indhContributionCentimes,
      state: v.projectState as ProjectState, visitedOn: v.visitedOn, daysSinceVisit: daysBetween(v.visitedOn, today),
      visitors: v.visitors, findings: v.findings, jobs: v.jobs, baselineJobs: v.grant.baseline?.jobs ?? null,
    }] : [];
  });
  const first = rows[0];
  return { rows: list, count: first ? Number(first.total) : 0, amountCentimes: first ? BigInt(first.indh ?? "0") : 0n };
}

/**
 * What the committee has to decide: the applications on the agenda of its planned sessions that are not
 * decided yet (by session date, then rank), and the approved grants whose convention is not signed (the
 * oldest approval first). Read with the report's filters but the period (rules.ts withoutPeriod).
 */
export async function getDecisionsToTake(user: SessionUser, filters: DashboardFilters, locale: AppLocale): Promise<DecisionsToTake> {
  const db = getDb();
  const current = withoutPeriod(filters);
  const prefectureId = scopedPrefectureId(user, current);
  const ref = await loadDashboardReference(prefectureId);
  const itemWhere = {
    decision: null,
    session: { status: "PLANNED", ...(prefectureId === undefined ? {} : { prefectureId }) },
    application: applicationWhere(prefectureId, current, ref),
  } satisfies Prisma.CommitteeAgendaItemWhereInput;
  const grantWhere = {
    AND: [dashboardWhere(prefectureId, current, ref).counted, { status: "APPROVED" }, { OR: [{ convention: { is: null } }, { convention: { is: { signedOn: null } } }] }],
  } satisfies Prisma.GrantWhereInput;
  const [items, grants, grantTotals] = await Promise.all([
    // A planned session's agenda is short: every undecided item is read, and the totals summed here.
    db.committeeAgendaItem.findMany({
      where: itemWhere,
      orderBy: [{ session: { heldOn: "asc" } }, { sessionId: "asc" }, { rank: "asc" }, { id: "asc" }],
      select: {
        id: true, rank: true, scoreAtAgenda: true,
        session: { select: { id: true, heldOn: true, placeAr: true, placeFr: true } },
        application: {
          select: {
            receiptCode: true, applicantNameAr: true, applicantNameFr: true, projectTitle: true, requestedIndhCentimes: true, totalCostCentimes: true,
            applicantCommune: { select: { nameAr: true, nameFr: true } }, call: { select: { reference: true } },
          },
        },
      },
    }),
    db.grant.findMany({
      where: grantWhere, orderBy: [{ approvedOn: "asc" }, { id: "asc" }], take: REPORT_ROW_LIMIT,
      select: {
        id: true, approvedOn: true, indhContributionCentimes: true, totalCostCentimes: true, ...grantNames,
        convention: { select: { reference: true } }, application: { select: { id: true } },
      },
    }),
    db.grant.aggregate({ where: grantWhere, _count: { _all: true }, _sum: { indhContributionCentimes: true, totalCostCentimes: true } }),
  ]);
  const agendaRows = items.map((i) => ({
    itemId: i.id, sessionId: i.session.id, sessionHeldOn: i.session.heldOn, sessionPlace: localized(locale, i.session.placeAr, i.session.placeFr),
    rank: i.rank, scoreAtAgenda: i.scoreAtAgenda, receiptCode: i.application.receiptCode,
    applicant: localized(locale, i.application.applicantNameAr, i.application.applicantNameFr), projectTitle: i.application.projectTitle,
    commune: localized(locale, i.application.applicantCommune.nameAr, i.application.applicantCommune.nameFr), callReference: i.application.call.reference,
    requestedCentimes: i.application.requestedIndhCentimes, totalCostCentimes: i.application.totalCostCentimes,
  }));
  const unsignedRows: UnsignedGrantRow[] = grants.map((g) => ({
    grantId: g.id, ...named(locale, g), approvedOn: g.approvedOn, indhContributionCentimes: g.indhContributionCentimes,
    totalCostCentimes: g.totalCostCentimes, conventionReference: g.convention?.reference ?? null, fromApplication: g.application !== null,
  }));
  return {
    agenda: {
      rows: agendaRows.slice(0, REPORT_ROW_LIMIT), count: agendaRows.length,
      amountCentimes: agendaRows.reduce((s, r) => s + r.requestedCentimes, 0n),
      totalCostCentimes: agendaRows.reduce((s, r) => s + r.totalCostCentimes, 0n),
    },
    unsigned: {
      rows: unsignedRows, count: grantTotals._count._all,
      amountCentimes: sum(grantTotals._sum.indhContributionCentimes), totalCostCentimes: sum(grantTotals._sum.totalCostCentimes),
    },
  };
}
