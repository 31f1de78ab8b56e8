import "server-only";
// The manager dashboard, computed in the database: four grouping queries on Grant and Cooperative, whose
// few hundred groups are then added up by the reference keys (zone of a commune, phase of a programme).
// No grant row is ever loaded into JavaScript.
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import type { Dashboard, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { loadDashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { dashboardWhere, listedCommunes, scopedPrefectureId } from "@/lib/dashboards/dashboard-where";
import { SUMMED, rollUp, sumAll } from "@/lib/dashboards/dashboard-totals";
import { buildBreakdowns, buildZoneByPhase } from "@/lib/dashboards/dashboard-breakdowns";
import { countFundedCooperatives } from "@/lib/dashboards/funded-cooperatives";

export async function getDashboard(user: SessionUser, filters: DashboardFilters, locale: Locale): Promise<Dashboard> {
  const db = getDb();
  const prefectureId = scopedPrefectureId(user, filters);
  const ref = await loadDashboardReference(prefectureId);
  const { filtered, counted, countedOfCooperative } = dashboardWhere(prefectureId, filters, ref);
  const aggregate = { _count: { _all: true }, _sum: SUMMED } as const;

  // better-sqlite3 runs one statement at a time, so Promise.all only saves the awaits between them.
  const [byPlace, byYearStatus, bySector, cooperatives, demo] = await Promise.all([
    // Commune x programme x axis: the headline, zone x phase, programme, axis and commune breakdowns.
    db.grant.groupBy({ by: ["communeId", "programmeId", "axisId"], where: counted, ...aggregate }),
    // Year x status, cancelled included: the year and status breakdowns and the cancelled totals.
    db.grant.groupBy({ by: ["approvalYear", "status"], where: filtered, ...aggregate }),
    db.grant.groupBy({ by: ["sectorId"], where: counted, ...aggregate }),
    countFundedCooperatives(prefectureId, countedOfCooperative, ref),
    db.grant.findFirst({ where: { AND: [filtered, { isDemo: true }] }, select: { id: true } }),
  ]);

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
