import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approvalDateRange, type YearPeriod } from "@/lib/dashboards/period";
import type { HeadlineFigures, Zone, ZoneTotals } from "@/lib/dashboards/types";

export type HeadlineScope = { prefectureId?: number; period?: YearPeriod };

function countedGrants(scope: HeadlineScope): Prisma.GrantWhereInput {
  return {
    status: { not: "CANCELLED" },
    ...(scope.prefectureId !== undefined && { prefectureId: scope.prefectureId }),
    ...(scope.period && { approvedOn: approvalDateRange(scope.period) }),
  };
}

// Each figure is one grouping query in the database; no grant row is loaded into JavaScript.
async function zoneTotals(scope: HeadlineScope, zone: Zone | undefined): Promise<ZoneTotals> {
  const db = getDb();
  const grantWhere: Prisma.GrantWhereInput = {
    ...countedGrants(scope),
    ...(zone && { cooperative: { commune: { setting: zone } } }),
  };
  const [sums, cooperativesFunded] = await Promise.all([
    db.grant.aggregate({
      where: grantWhere,
      _count: { _all: true },
      _sum: { totalCostCentimes: true, indhContributionCentimes: true },
    }),
    db.cooperative.count({
      where: { ...(zone && { commune: { setting: zone } }), grants: { some: countedGrants(scope) } },
    }),
  ]);
  return {
    cooperativesFunded,
    grants: sums._count._all,
    totalCostCentimes: sums._sum.totalCostCentimes ?? 0n,
    indhContributionCentimes: sums._sum.indhContributionCentimes ?? 0n,
  };
}

/**
 * The headline figures computed on Grant itself: the reference the tests hold the summaries' figures to (the home
 * page, lib/dashboards/public-headline.ts, and the reconciliation read them from the dashboard's summaries).
 */
export async function getHeadlineFigures(scope: HeadlineScope = {}): Promise<HeadlineFigures> {
  const [all, urban, rural, demoGrants] = await Promise.all([
    zoneTotals(scope, undefined),
    zoneTotals(scope, "URBAN"),
    zoneTotals(scope, "RURAL"),
    getDb().grant.count({ where: { ...countedGrants(scope), isDemo: true } }),
  ]);
  return { ...all, byZone: { URBAN: urban, RURAL: rural }, includesDemoData: demoGrants > 0, computedAt: new Date() };
}
