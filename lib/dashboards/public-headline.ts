import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { HeadlineFigures, Zone, ZoneTotals } from "@/lib/dashboards/types";
import { getPublicResults } from "@/lib/dashboards/public-results";

/**
 * The home page's figures (the country's totals, by zone), read from the public results' unfiltered view.
 * That view is computed from the grant summaries and kept a minute, shared by every visitor and forgotten on
 * every public edit (./public-results.ts): the home page, the first page of every visit, no longer computes
 * seven aggregates on Grant per visitor (1.7 s at 1,000,000 grants, BENCHMARKS.md), and it shows the same
 * figures as /results, computed once for both.
 */
export async function getPublicHeadline(locale: AppLocale): Promise<HeadlineFigures> {
  return headlineOfDashboard(await getPublicResults(locale, {}));
}

/** The headline figures a dashboard holds: its totals, and its zone x phase table's zone totals. */
export function headlineOfDashboard(dashboard: Dashboard): HeadlineFigures {
  const { headline, zoneByPhase } = dashboard;
  const zone = (z: Zone, cooperativesFunded: number): ZoneTotals => {
    const totals = zoneByPhase.zoneTotals[z];
    return {
      cooperativesFunded,
      grants: totals?.grants ?? 0,
      totalCostCentimes: totals?.totalCostCentimes ?? 0n,
      indhContributionCentimes: totals?.indhContributionCentimes ?? 0n,
    };
  };
  return {
    cooperativesFunded: headline.cooperativesFunded,
    grants: headline.grants,
    totalCostCentimes: headline.totalCostCentimes,
    indhContributionCentimes: headline.indhContributionCentimes,
    byZone: { URBAN: zone("URBAN", headline.urbanCooperativesFunded), RURAL: zone("RURAL", headline.ruralCooperativesFunded) },
    includesDemoData: dashboard.includesDemoData,
    computedAt: dashboard.computedAt,
  };
}
