import "server-only";
// The manager dashboard, computed in the database: grouping queries on the grant summaries (a few thousand
// rows where Grant has one per grant, see grant-summary.ts) and one count on Cooperative, whose few hundred
// groups are then added up by the reference keys (zone of a commune, phase of a programme). No grant row
// is ever loaded into JavaScript.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Dashboard, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { dashboardWhere, listedCommunes, scopedPrefectureId } from "@/lib/dashboards/dashboard-where";
import { SUMMED, rollUp, sumAll, type GroupRow } from "@/lib/dashboards/dashboard-totals";
import { buildBreakdowns, buildZoneByPhase } from "@/lib/dashboards/dashboard-breakdowns";
import { countFundedCooperatives } from "@/lib/dashboards/funded-cooperatives";

export async function getDashboard(user: SessionUser, filters: DashboardFilters, locale: Locale): Promise<Dashboard> {
  const db = getDb();
  const prefectureId = scopedPrefectureId(user, filters);
  const ref = await loadDashboardReference(prefectureId);
  const where = dashboardWhere(prefectureId, filters, ref);
  const { filtered, counted } = where;
  const summed = { _sum: { grantCount: true, ...SUMMED } } as const;

  // better-sqlite3 runs one statement at a time, so Promise.all only saves the awaits between them.
  const [placeGroups, byYearStatus, bySector, cooperatives, demo] = await Promise.all([
    // Commune x programme x axis: the headline, zone x phase, programme, axis and commune breakdowns.
    db.grantSummary.groupBy({ by: ["communeId", "programmeId", "axisId"], where: counted, ...summed }).then(asGroupRows),
    // Year x status, cancelled included: the year and status breakdowns and the cancelled totals.
    db.grantSummary.groupBy({ by: ["approvalYear", "status"], where: filtered, ...summed }).then(asGroupRows),
    // The smaller sector summary has no commune: it serves only views without a commune or zone filter.
    (where.place.length === 0
      ? db.grantSectorSummary.groupBy({ by: ["sectorId"], where: counted, ...summed })
      : db.grantCommuneSectorSummary.groupBy({ by: ["sectorId"], where: counted, ...summed })
    ).then(asGroupRows),
    countFundedCooperatives(prefectureId, where, ref),
    db.grantSummary.findFirst({ where: { AND: [filtered, { isDemo: true }] }, select: { grantCount: true } }),
  ]);
  // Summaries store "no axis" as 0 (a key column cannot be null); the breakdowns expect null.
  const byPlace = placeGroups.map((g) => ({ ...g, axisId: g.axisId === 0 ? null : g.axisId }));

  const headline = sumAll(rollUp(byPlace, () => "all").values());
  const cancelled = sumAll(rollUp(byYearStatus, (r) => (r.status === "CANCELLED" ? "c" : undefined)).values());
  const counts = {
    byPlace,
    byYear: rollUp(byYearStatus, (r) => (r.status === "CANCELLED" ? undefined : r.approvalYear)),
    byStatus: rollUp(byYearStatus, (r) => (r.status === "CANCELLED" ? undefined : r.status)),
    bySector: rollUp(bySector, (r) => r.sectorId),
  };
  return {
    computedAt: new Date(),
    filters,
    includesDemoData: demo !== null,
    headline: { ...headline, ...cooperatives },
    cancelled,
    zoneByPhase: buildZoneByPhase(byPlace, ref, locale),
    ...buildBreakdowns(counts, headline, listedCommunes(filters, ref), ref, locale),
  };
}

/** Whether the view counts demo grants, for the pages that show no money figures (outcomes, applications). */
export async function dashboardIncludesDemo(user: SessionUser, filters: DashboardFilters): Promise<boolean> {
  const prefectureId = scopedPrefectureId(user, filters);
  const { filtered } = dashboardWhere(prefectureId, filters, await loadDashboardReference(prefectureId));
  return (await getDb().grantSummary.findFirst({ where: { AND: [filtered, { isDemo: true }] }, select: { grantCount: true } })) !== null;
}

/** A summary group in the shape of a grouping on Grant: its summed grantCount is the group's grant count. */
function asGroupRows<G extends { _sum: { grantCount: number | null } & GroupRow["_sum"] }>(groups: G[]): (G & GroupRow)[] {
  return groups.map((g) => ({ ...g, _count: { _all: g._sum.grantCount ?? 0 } }));
}
