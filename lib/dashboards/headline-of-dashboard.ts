import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { HeadlineFigures, Zone, ZoneTotals } from "@/lib/dashboards/types";

/**
 * The headline figures (totals and by zone) a dashboard already holds: its headline and its zone x phase
 * table's zone totals, which list both zones. `includesDemoData` defaults to the dashboard's own flag, which
 * also looks at cancelled grants; a caller that needs "demo data among the counted grants" passes its own.
 */
export function headlineOfDashboard(dashboard: Dashboard, includesDemoData = dashboard.includesDemoData): HeadlineFigures {
  const { headline: h, zoneByPhase } = dashboard;
  const zone = (z: Zone, cooperativesFunded: number): ZoneTotals => {
    const t = zoneByPhase.zoneTotals[z];
    return { cooperativesFunded, grants: t.grants, totalCostCentimes: t.totalCostCentimes, indhContributionCentimes: t.indhContributionCentimes };
  };
  return {
    cooperativesFunded: h.cooperativesFunded,
    grants: h.grants,
    totalCostCentimes: h.totalCostCentimes,
    indhContributionCentimes: h.indhContributionCentimes,
    byZone: { URBAN: zone("URBAN", h.urbanCooperativesFunded), RURAL: zone("RURAL", h.ruralCooperativesFunded) },
    includesDemoData,
    computedAt: dashboard.computedAt,
  };
}
