// Each filter narrows every figure, on the fixture of dashboard-fixture.ts (table of grants in
// dashboard-queries.int.test.ts), then writes move the figures: a cooperative moving commune, a commune
// changing setting, a tranche being paid.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import type { Dashboard, DashboardFilters, DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { EMPTY_TOTALS } from "@/lib/dashboards/dashboard-types";
import { setUpDashboardFixture } from "@/lib/dashboards/dashboard-fixture";
import { updateCooperative } from "@/lib/cooperatives/mutations";
import { updateGrant } from "@/lib/grants/mutations";
import { updateCommune } from "@/lib/territory/mutations";

const T = (grants: number, total: bigint, indh: bigint, partners: bigint, beneficiary: bigint, planned: bigint, paid: bigint): DashboardTotals => ({
  grants, totalCostCentimes: total, indhContributionCentimes: indh, partnersContributionCentimes: partners,
  beneficiaryContributionCentimes: beneficiary, tranchesPlannedCentimes: planned, tranchesPaidCentimes: paid,
});
const G1 = T(1, 100_000_000n, 60_000_000n, 10_000_000n, 30_000_000n, 60_000_000n, 40_000_000n);
const G2 = T(1, 20_000_000n, 15_000_000n, 0n, 5_000_000n, 15_000_000n, 15_000_000n);
const G3 = T(1, 9_007_199_254_740_993n, 4_503_599_627_370_497n, 0n, 4_503_599_627_370_496n, 4_503_599_627_370_497n, 0n);
const G4 = T(1, 10_000_000n, 7_000_000n, 2_000_000n, 1_000_000n, 3_000_000n, 3_000_000n);
const G5 = T(1, 8_000_000n, 8_000_000n, 0n, 0n, 8_000_000n, 0n);
const G1_G2 = T(2, 120_000_000n, 75_000_000n, 10_000_000n, 35_000_000n, 75_000_000n, 55_000_000n);
// G1+G3+G4, see dashboard-queries.int.test.ts
const G1_G3_G4 = T(3, 9_007_199_364_740_993n, 4_503_599_694_370_497n, 12_000_000n, 4_503_599_658_370_496n, 4_503_599_690_370_497n, 43_000_000n);

const totalsOf = ({ cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives, ...t }: Dashboard["headline"]) => t;
const coops = (h: Dashboard["headline"]) => [h.cooperativesFunded, h.urbanCooperativesFunded, h.ruralCooperativesFunded, h.womenLedCooperatives, h.youthCooperatives];

let f: Awaited<ReturnType<typeof setUpDashboardFixture>>;
const view = (filters: DashboardFilters) => getDashboard(f.manager, filters, "fr");
beforeAll(async () => {
  f = await setUpDashboardFixture();
});

describe("each filter narrows every figure", () => {
  it("year: 2019 alone keeps G1 and leaves out G2, approved the day before phase 3 began", async () => {
    const d = await view({ fromYear: 2019, toYear: 2019 });
    expect(totalsOf(d.headline)).toEqual(G1);
    expect(d.cancelled).toEqual(EMPTY_TOTALS);
    expect(await view({ fromYear: 2018, toYear: 2018 }).then((x) => totalsOf(x.headline))).toEqual(G2);
  });

  it("phase: phase 2 is G2 alone, phase 3 the other three and the cancelled G5", async () => {
    expect(totalsOf((await view({ phaseId: f.ids.phase2 })).headline)).toEqual(G2);
    const d = await view({ phaseId: f.ids.phase3 });
    expect(totalsOf(d.headline)).toEqual(G1_G3_G4);
    expect(d.cancelled).toEqual(G5);
  });

  it("programme and axis", async () => {
    expect(totalsOf((await view({ programmeId: f.ids.p33 })).headline)).toEqual(G1_G3_G4);
    const d = await view({ axisId: f.ids.entrepreneurship });
    expect(totalsOf(d.headline)).toEqual(G1);
    expect(d.cancelled).toEqual(G5);
    expect(coops(d.headline)).toEqual([1, 1, 0, 1, 0]); // A
  });

  it("zone: rural is G4 (and the cancelled G5); the commune breakdown lists the 8 rural communes", async () => {
    const d = await view({ zone: "RURAL" });
    expect(totalsOf(d.headline)).toEqual(G4);
    expect(d.cancelled).toEqual(G5);
    expect(coops(d.headline)).toEqual([1, 0, 1, 0, 0]); // C
    expect(d.byCommune.rows).toHaveLength(8);
    expect(d.zoneByPhase.zoneTotals.URBAN).toEqual(EMPTY_TOTALS);
    // Sectors under a zone come from the summary that keeps communes: C's agriculture alone.
    expect(d.bySector.rows.map((r) => [r.label, r.totals])).toEqual([["Agriculture", G4]]);
  });

  it("commune: one commune, one row", async () => {
    const d = await view({ communeId: f.ids.manzla });
    expect(totalsOf(d.headline)).toEqual(G4);
    expect(d.byCommune.rows.map((r) => r.label)).toEqual(["Al Manzla"]);
    expect(d.bySector.rows.map((r) => [r.label, r.totals])).toEqual([["Agriculture", G4]]);
  });

  it("status: COMPLETED narrows to G1 and G2; CANCELLED empties the totals and keeps G5 in `cancelled`", async () => {
    const completed = await view({ status: "COMPLETED" });
    expect(totalsOf(completed.headline)).toEqual(G1_G2);
    expect(completed.cancelled).toEqual(EMPTY_TOTALS);
    const cancelled = await view({ status: "CANCELLED" });
    expect(totalsOf(cancelled.headline)).toEqual(EMPTY_TOTALS);
    expect(coops(cancelled.headline)).toEqual([0, 0, 0, 0, 0]);
    expect(cancelled.cancelled).toEqual(G5);
    expect(cancelled.byCommune.rows.every((r) => r.totals.grants === 0)).toBe(true);
  });

  it("filters combine", async () => {
    const d = await view({ fromYear: 2019, toYear: 2025, zone: "URBAN", programmeId: f.ids.p33, status: "IN_PROGRESS" });
    expect(totalsOf(d.headline)).toEqual(G3);
  });
});

describe("writes move the figures in the same transaction", () => {
  it("a cooperative moving from an urban to a rural commune takes its grants to the rural zone", async () => {
    const stored = await getDb().cooperative.findUniqueOrThrow({ where: { id: f.cooperatives.A } });
    const { id: _id, prefectureId: _p, searchText: _s, isDemo: _d, isPublic: _pub, createdAt: _c, updatedAt: _u, isWomenLed: _w, isYouth: _y, ...input } = stored;
    await updateCooperative(f.staff, f.cooperatives.A, { ...input, communeId: f.ids.darChaoui, womenMembers: 5 });
    const d = await view({ zone: "RURAL" });
    // G1 and G2 (A, now in Dar Chaoui) join G4: 100000000+20000000+10000000, ...
    expect(totalsOf(d.headline)).toEqual(T(3, 130_000_000n, 82_000_000n, 12_000_000n, 36_000_000n, 78_000_000n, 58_000_000n));
    // A and C funded, both rural; A, with 5 women of 10, is no longer women-led.
    expect(coops(d.headline)).toEqual([2, 0, 2, 0, 0]);
    const all = await view({});
    expect(all.byCommune.rows.find((r) => r.key === String(f.ids.darChaoui))!.totals).toEqual(G1_G2);
    expect(all.byCommune.rows.find((r) => r.key === String(f.ids.tanger))!.totals).toEqual(EMPTY_TOTALS);
  });

  it("a commune changing setting moves its grants without rewriting them (zone is read through the commune)", async () => {
    const admin = { ...f.national, role: "ADMIN" as const };
    const assilah = await getDb().commune.findUniqueOrThrow({ where: { id: f.ids.assilah } });
    await updateCommune(admin, f.ids.assilah, { code: assilah.code, nameAr: assilah.nameAr, nameFr: assilah.nameFr, legalStatus: assilah.legalStatus as "URBAN_MUNICIPALITY", setting: "RURAL", alternativeNames: assilah.alternativeNames, prefectureId: null, version: assilah.version });
    const d = await view({});
    expect(d.zoneByPhase.zoneTotals.URBAN).toEqual(EMPTY_TOTALS);
    expect(coops(d.headline)).toEqual([3, 0, 3, 0, 1]);
  });

  it("paying a tranche moves it from planned-only to paid", async () => {
    const g = await getDb().grant.findUniqueOrThrow({ where: { id: f.grants.g4 }, include: { partnerContributions: true } });
    await updateGrant(f.staff, g.id, {
      cooperativeId: g.cooperativeId, programmeId: g.programmeId, axisId: g.axisId, titleAr: g.titleAr, titleFr: g.titleFr, approvedOn: g.approvedOn,
      status: "IN_PROGRESS", totalCostCentimes: g.totalCostCentimes, indhContributionCentimes: g.indhContributionCentimes,
      beneficiaryContributionCentimes: g.beneficiaryContributionCentimes,
      partnerContributions: g.partnerContributions.map((p) => ({ organisationId: p.organisationId, amountCentimes: p.amountCentimes })),
      tranches: [
        { plannedOn: new Date("2023-06-01T00:00:00Z"), amountCentimes: 3_000_000n, paidOn: new Date("2023-06-02T00:00:00Z") },
        { plannedOn: new Date("2024-01-01T00:00:00Z"), amountCentimes: 4_000_000n, paidOn: null },
      ],
      version: g.version,
    });
    const d = await view({ communeId: f.ids.manzla });
    expect(totalsOf(d.headline)).toEqual({ ...G4, tranchesPlannedCentimes: 7_000_000n, tranchesPaidCentimes: 3_000_000n });
    expect(d.byStatus.rows.map((r) => r.key)).toEqual(["IN_PROGRESS"]);
  });
});
