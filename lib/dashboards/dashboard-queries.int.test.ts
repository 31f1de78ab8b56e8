// The dashboard on a fixture small enough to add up by hand (lib/dashboards/dashboard-fixture.ts):
//
//   grant  prefecture  coop (commune, zone, sector)         phase prog axis              approved    status       total  INDH  partners  benef.  planned  paid   (thousands of centimes)
//   G1     P1          A (Tanger, URBAN, agriculture)      3     3.3  entrepreneurship  2019-01-01  COMPLETED    100000 60000 10000     30000   60000    40000
//   G2     P1          A (Tanger, URBAN, agriculture)      2     2.2  income-generating 2018-12-31  COMPLETED     20000 15000     0      5000   15000    15000  (no partner)
//   G3     P1          B (Assilah, URBAN, crafts)          3     3.3  (none)            2021-06-15  IN_PROGRESS  2^53+1 centimes: INDH 4503599627370497, benef. 4503599627370496, planned = INDH, paid 0
//   G4     P1          C (Al Manzla, RURAL, agriculture)   3     3.3  employability     2023-03-01  APPROVED      10000  7000  2000      1000    3000     3000
//   G5     P1          D (Dar Chaoui, RURAL, crafts)       3     3.3  entrepreneurship  2022-05-05  CANCELLED      8000  8000     0         0    8000        0
//   G6     P2          E (X, RURAL, agriculture)           3     3.3  entrepreneurship  2020-02-02  COMPLETED      5000  5000     0         0    5000     5000
//
// Cooperatives: A 6 of 10 women (women-led), B 6 of 10 young (youth; 5 of 10 women is NOT women-led),
// C neither, D both but only a cancelled grant (not funded), E 5 of 5 women (women-led).
import { beforeAll, describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import type { Dashboard, DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { EMPTY_TOTALS } from "@/lib/dashboards/dashboard-types";
import { setUpDashboardFixture } from "@/lib/dashboards/dashboard-fixture";
import { getDashboardFilterOptions } from "@/lib/dashboards/filter-options";
import type { SessionUser } from "@/lib/auth/types";

const T = (grants: number, total: bigint, indh: bigint, partners: bigint, beneficiary: bigint, planned: bigint, paid: bigint): DashboardTotals => ({
  grants, totalCostCentimes: total, indhContributionCentimes: indh, partnersContributionCentimes: partners,
  beneficiaryContributionCentimes: beneficiary, tranchesPlannedCentimes: planned, tranchesPaidCentimes: paid,
});
const G1 = T(1, 100_000_000n, 60_000_000n, 10_000_000n, 30_000_000n, 60_000_000n, 40_000_000n);
const G2 = T(1, 20_000_000n, 15_000_000n, 0n, 5_000_000n, 15_000_000n, 15_000_000n);
const G3 = T(1, 9_007_199_254_740_993n, 4_503_599_627_370_497n, 0n, 4_503_599_627_370_496n, 4_503_599_627_370_497n, 0n);
const G4 = T(1, 10_000_000n, 7_000_000n, 2_000_000n, 1_000_000n, 3_000_000n, 3_000_000n);
const G5 = T(1, 8_000_000n, 8_000_000n, 0n, 0n, 8_000_000n, 0n);
const G6 = T(1, 5_000_000n, 5_000_000n, 0n, 0n, 5_000_000n, 5_000_000n);
// G1+G2: 100000000+20000000, 60000000+15000000, 10000000+0, 30000000+5000000, 60000000+15000000, 40000000+15000000
const G1_G2 = T(2, 120_000_000n, 75_000_000n, 10_000_000n, 35_000_000n, 75_000_000n, 55_000_000n);
// G1+G3: 9007199254740993+100000000, 4503599627370497+60000000, 10000000, 4503599627370496+30000000, 4503599627370497+60000000, 40000000
const G1_G3 = T(2, 9_007_199_354_740_993n, 4_503_599_687_370_497n, 10_000_000n, 4_503_599_657_370_496n, 4_503_599_687_370_497n, 40_000_000n);
// G1+G3+G4: the above + 10000000, +7000000, +2000000, +1000000, +3000000, +3000000
const G1_G3_G4 = T(3, 9_007_199_364_740_993n, 4_503_599_694_370_497n, 12_000_000n, 4_503_599_658_370_496n, 4_503_599_690_370_497n, 43_000_000n);
// G1+G2+G4 (agriculture in P1): 120000000+10000000, 75000000+7000000, 10000000+2000000, 35000000+1000000, 75000000+3000000, 55000000+3000000
const G1_G2_G4 = T(3, 130_000_000n, 82_000_000n, 12_000_000n, 36_000_000n, 78_000_000n, 58_000_000n);
// P1, every non-cancelled grant: G1_G3_G4 + G2
const P1 = T(4, 9_007_199_384_740_993n, 4_503_599_709_370_497n, 12_000_000n, 4_503_599_663_370_496n, 4_503_599_705_370_497n, 58_000_000n);
// Both prefectures: P1 + G6
const ALL = T(5, 9_007_199_389_740_993n, 4_503_599_714_370_497n, 12_000_000n, 4_503_599_663_370_496n, 4_503_599_710_370_497n, 63_000_000n);

const totalsOf = ({ cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives, ...t }: Dashboard["headline"]) => t;
const coops = (h: Dashboard["headline"]) => [h.cooperativesFunded, h.urbanCooperativesFunded, h.ruralCooperativesFunded, h.womenLedCooperatives, h.youthCooperatives];
const rows = (b: Dashboard["byYear"]) => b.rows.map((r) => [r.label, r.totals]);

let f: Awaited<ReturnType<typeof setUpDashboardFixture>>;
beforeAll(async () => {
  f = await setUpDashboardFixture();
});

describe("getDashboard, prefecture manager, no filter", () => {
  let d: Dashboard;
  beforeAll(async () => {
    d = await getDashboard(f.manager, {}, "fr");
  });

  it("counts every non-cancelled grant of the prefecture, cancelled ones apart", () => {
    expect(totalsOf(d.headline)).toEqual(P1);
    expect(d.cancelled).toEqual(G5);
    // Funded A, B, C (D only has a cancelled grant); urban A, B; rural C; women-led A; youth B.
    expect(coops(d.headline)).toEqual([3, 2, 1, 1, 1]);
    expect(d.includesDemoData).toBe(false);
  });

  it("splits zone x phase on both sides of the 2018/2019 boundary, all three phases listed", () => {
    const [p1, p2, p3] = [f.ids.phase1, f.ids.phase2, f.ids.phase3];
    expect(d.zoneByPhase.phases.map((p) => p.label)).toEqual(["Première phase", "Deuxième phase", "Troisième phase"]);
    expect(d.zoneByPhase.cells.URBAN).toEqual({ [p1]: EMPTY_TOTALS, [p2]: G2, [p3]: G1_G3 });
    expect(d.zoneByPhase.cells.RURAL).toEqual({ [p1]: EMPTY_TOTALS, [p2]: EMPTY_TOTALS, [p3]: G4 });
    expect(d.zoneByPhase.phaseTotals[p3]).toEqual(G1_G3_G4);
    expect(d.zoneByPhase.zoneTotals.RURAL).toEqual(G4);
    expect(d.zoneByPhase.grandTotal).toEqual(P1);
  });

  it("breaks down by programme, axis, year, sector and status, listing only rows with grants", () => {
    expect(d.byProgramme.rows.map((r) => [r.label, r.totals, r.filter])).toEqual([
      ["Deuxième phase — 2. Programme de lutte contre l'exclusion sociale en milieu urbain", G2, { programmeId: f.ids.p22 }],
      ["Troisième phase — 3. Amélioration du revenu et inclusion économique des jeunes", G1_G3_G4, { programmeId: f.ids.p33 }],
    ]);
    expect(d.byAxis.rows.map((r) => [r.key, r.totals])).toEqual([
      [String(f.ids.income22), G2], [String(f.ids.entrepreneurship), G1], [String(f.ids.employability), G4], ["none", G3],
    ]);
    expect(rows(d.byYear)).toEqual([["2018", G2], ["2019", G1], ["2021", G3], ["2023", G4]]);
    expect(d.byYear.rows[1]!.filter).toEqual({ fromYear: 2019, toYear: 2019 });
    expect(rows(d.bySector)).toEqual([["Agriculture", G1_G2_G4], ["Artisanat", G3]]);
    expect(d.byStatus.rows.map((r) => [r.label, r.totals, r.filter])).toEqual([
      ["APPROVED", G4, { status: "APPROVED" }], ["IN_PROGRESS", G3, { status: "IN_PROGRESS" }], ["COMPLETED", G1_G2, { status: "COMPLETED" }],
    ]);
    for (const b of [d.byProgramme, d.byAxis, d.byCommune, d.byYear, d.bySector, d.byStatus]) expect(b.total).toEqual(P1);
  });

  it("lists every commune of the prefecture, with zeros where nothing was funded", () => {
    expect(d.byCommune.rows).toHaveLength(11);
    const byId = new Map(d.byCommune.rows.map((r) => [r.key, r]));
    expect(byId.get(String(f.ids.tanger))!.totals).toEqual(G1_G2);
    expect(byId.get(String(f.ids.assilah))!.totals).toEqual(G3);
    expect(byId.get(String(f.ids.manzla))).toMatchObject({ label: "Al Manzla", totals: G4, filter: { communeId: f.ids.manzla } });
    expect(byId.get(String(f.ids.darChaoui))!.totals).toEqual(EMPTY_TOTALS); // its only grant is cancelled
    expect(d.byCommune.rows.filter((r) => r.totals.grants === 0)).toHaveLength(8);
  });

  it("labels in Arabic for an Arabic reader", async () => {
    const ar = await getDashboard(f.manager, {}, "ar");
    expect(ar.zoneByPhase.phases[2]!.label).toBe("المرحلة الثالثة");
    expect(ar.byProgramme.rows[1]!.label).toBe("المرحلة الثالثة — 3. تحسين الدخل والإدماج الاقتصادي للشباب");
    // Axis names repeat across phases: the label names the programme's phase and number.
    expect(ar.byAxis.rows[0]!.label).toBe("الأنشطة المدرة للدخل (المرحلة الثانية — 2)");
    expect(ar.byCommune.rows.find((r) => r.key === String(f.ids.tanger))!.label).toBe("طنجة");
  });
});

describe("getDashboard scoping", () => {
  it("keeps a prefecture user in their prefecture whatever filters.prefectureId says", async () => {
    const d = await getDashboard(f.manager, { prefectureId: f.ids.other }, "fr");
    expect(totalsOf(d.headline)).toEqual(P1);
  });

  it("shows a national user every prefecture, or the one asked for", async () => {
    const all = await getDashboard(f.national, {}, "fr");
    expect(totalsOf(all.headline)).toEqual(ALL);
    expect(coops(all.headline)).toEqual([4, 2, 2, 2, 1]); // + E: rural, women-led
    expect(all.byCommune.rows).toHaveLength(12);
    const other = await getDashboard(f.national, { prefectureId: f.ids.other }, "fr");
    expect(totalsOf(other.headline)).toEqual(G6);
    expect(other.cancelled).toEqual(EMPTY_TOTALS);
    expect(other.byCommune.rows.map((r) => r.label)).toEqual(["X"]);
  });

  it("breaks a view of every prefecture down by prefecture too, and a view of one by commune alone", async () => {
    const all = await getDashboard(f.national, {}, "fr");
    const byPrefecture = new Map(all.byPrefecture!.rows.map((r) => [r.key, r]));
    expect(byPrefecture.get(String(f.ids.prefectureId))!.totals).toEqual(P1);
    expect(byPrefecture.get(String(f.ids.other))).toMatchObject({ label: "Autre", totals: G6, filter: { prefectureId: f.ids.other } });
    expect(all.byPrefecture!.total).toEqual(ALL);
    expect((await getDashboard(f.national, { prefectureId: f.ids.other }, "fr")).byPrefecture).toBeNull();
    expect((await getDashboard(f.manager, {}, "fr")).byPrefecture).toBeNull();
  });
});

describe("the filter form's years", () => {
  it("run from the first to the last approval year of the grants in view, cancelled ones included", async () => {
    const years = async (user: SessionUser, prefectureId?: number) => (await getDashboardFilterOptions(user, "fr", prefectureId)).years.map((y) => y.value);
    // G2 approved 2018-12-31, G4 2023-03-01; G5 (cancelled) 2022; G6 (other prefecture) 2020.
    expect(await years(f.manager)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(await years(f.national, f.ids.other)).toEqual(["2020"]);
    expect(await years(f.national)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
  });
});

describe("the filter form's communes", () => {
  it("are the prefecture's in view; a national user who chose none is asked to choose one first", async () => {
    const communes = async (user: SessionUser, prefectureId?: number, communeId?: number) => {
      const options = await getDashboardFilterOptions(user, "fr", prefectureId, communeId);
      return { labels: options.communes.map((c) => c.label), needPrefecture: options.communesNeedPrefecture };
    };
    const manager = await communes(f.manager);
    expect(manager.needPrefecture).toBe(false);
    expect(manager.labels).toContain("Al Manzla");
    expect(manager.labels).not.toContain("X");
    expect(await communes(f.national, f.ids.other)).toEqual({ labels: ["X"], needPrefecture: false });
    // Every commune of the country would be about 1,500 options: none, or only the one already chosen.
    expect(await communes(f.national)).toEqual({ labels: [], needPrefecture: true });
    expect(await communes(f.national, undefined, f.ids.manzla)).toEqual({ labels: ["Al Manzla"], needPrefecture: true });
  });
});
