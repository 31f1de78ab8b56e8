// The approach the dashboard must beat: load every grant of the scope with its cooperative, commune,
// programme, partners and tranches, and add everything up in JavaScript. Also the benchmark's oracle:
// its figures must equal getDashboard's exactly.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EMPTY_TOTALS, type DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { addTotals } from "@/lib/dashboards/dashboard-totals";

export type NaiveFigures = {
  headline: DashboardTotals & { cooperativesFunded: number; urban: number; rural: number; womenLed: number; youth: number };
  cancelled: DashboardTotals;
  rows: Record<string, Map<string, DashboardTotals>>;
};

export async function naiveDashboard(db: PrismaClient, prefectureId?: number): Promise<NaiveFigures> {
  const grants = await db.grant.findMany({
    where: prefectureId === undefined ? {} : { prefectureId },
    include: {
      cooperative: { include: { commune: true } },
      programme: true,
      partnerContributions: true,
      tranches: true,
    },
  });
  let headline = EMPTY_TOTALS, cancelled = EMPTY_TOTALS;
  const rows: NaiveFigures["rows"] = { programme: new Map(), axis: new Map(), commune: new Map(), year: new Map(), sector: new Map(), status: new Map(), zonePhase: new Map() };
  const add = (table: string, key: string, t: DashboardTotals) => rows[table]!.set(key, addTotals(rows[table]!.get(key) ?? EMPTY_TOTALS, t));
  const funded = new Map<number, (typeof grants)[number]["cooperative"]>();
  for (const g of grants) {
    const t: DashboardTotals = {
      grants: 1,
      totalCostCentimes: g.totalCostCentimes,
      indhContributionCentimes: g.indhContributionCentimes,
      partnersContributionCentimes: g.partnerContributions.reduce((s, p) => s + p.amountCentimes, 0n),
      beneficiaryContributionCentimes: g.beneficiaryContributionCentimes,
      tranchesPlannedCentimes: g.tranches.reduce((s, p) => s + p.amountCentimes, 0n),
      tranchesPaidCentimes: g.tranches.reduce((s, p) => s + (p.paidOn ? p.amountCentimes : 0n), 0n),
    };
    if (g.status === "CANCELLED") { cancelled = addTotals(cancelled, t); continue; }
    headline = addTotals(headline, t);
    funded.set(g.cooperativeId, g.cooperative);
    add("programme", String(g.programmeId), t);
    add("axis", g.axisId === null ? "none" : String(g.axisId), t);
    add("commune", String(g.cooperative.communeId), t);
    add("year", String(g.approvedOn.getUTCFullYear()), t);
    add("sector", String(g.cooperative.sectorId), t);
    add("status", g.status, t);
    add("zonePhase", `${g.cooperative.commune.setting}|${g.programme.phaseId}`, t);
  }
  const coops = [...funded.values()];
  const count = (keep: (c: (typeof coops)[number]) => boolean) => coops.filter(keep).length;
  return {
    headline: {
      ...headline,
      cooperativesFunded: coops.length,
      urban: count((c) => c.commune.setting === "URBAN"),
      rural: count((c) => c.commune.setting === "RURAL"),
      womenLed: count((c) => c.womenMembers * 2 > c.members),
      youth: count((c) => c.youngMembers * 2 > c.members),
    },
    cancelled,
    rows,
  };
}
