// The outcomes on a fixture small enough to add up by hand (lib/dashboards/outcome-fixture.ts). INDH in
// thousands of dirhams (k). Today in Morocco is 15 June 2026, so a latest visit before 15 December 2025
// is overdue. Prefecture P1 (Tanger-Assilah):
//
//   grant  zone   phase  status       approved  INDH  baseline j/w/y  visits (date state jobs/women/young)            latest state  overdue
//   g1     URBAN  3      IN_PROGRESS  2024      100   2/1/0           2025-10-01 ON_TRACK 5/2/1; 2026-01-10 AT_RISK -  AT_RISK       no
//   g2     URBAN  3      APPROVED     2024      50    4/2/2           2026-02-01 ON_TRACK 10/5/3; same day COMPLETED   COMPLETED     no
//                                                                     8/-/4 (recorded later: wins)
//   g3     RURAL  3      APPROVED     2023      30    5/3/1           2025-05-01 STALLED 3/3/-                         STALLED       yes
//   g4     RURAL  2      APPROVED     2024      40    none            2025-12-15 ON_TRACK 6/2/2 (the cutoff day)       ON_TRACK      no
//   g5     URBAN  2      APPROVED     2023      20    1/0/1           never visited                                    -             -
//   g6     RURAL  2      APPROVED     2023      60    0/0/0           2025-12-14 CLOSED 2/1/2; 2025-06-01 ON_TRACK     CLOSED        yes
//                                                                     9/9/9 (recorded later, older)
//   g7     URBAN  3      CANCELLED    2024      70    0/0/0           2026-01-01 ON_TRACK 100/50/50: never counted
// Another prefecture: g8, rural, phase 3, INDH 10, baseline 0/0/0, 2026-03-01 ON_TRACK 50/20/30.
//
// Jobs created: g1 +3, g2 +4 (8 from the later same-day record), g3 -2, g6 +2 (g4 has no baseline,
// g5 no visit): 4 grants measured, 11 at baseline, 18 now, +7 for 240k INDH: 34,285.71 MAD per job.
// Women: g1 +1, g2 +3 (5: the later record did not measure it), g3 0, g6 +1. Young: g1 +1, g2 +2, g6 +2
// (g3 did not measure it).
import { beforeAll, describe, expect, it } from "vitest";
import { getOutcomes } from "@/lib/dashboards/outcome-queries";
import type { IndicatorFigures, OutcomeFigures } from "@/lib/dashboards/outcome-types";
import type { ProjectState } from "@/lib/visits/schema";
import { k } from "@/lib/dashboards/pipeline-fixture";
import { setUpOutcomeFixture } from "@/lib/dashboards/outcome-fixture";

/** 00:30 on 15 June 2026 in Morocco (UTC+1 in June). */
const NOW = new Date("2026-06-14T23:30:00Z");

const I = (measuredGrants: number, baseline: number, now: number): IndicatorFigures => ({ measuredGrants, baseline, now, created: now - baseline });
const F = (o: {
  grants: number; jobs: IndicatorFigures; women: IndicatorFigures; young: IndicatorFigures; indh: number; perJob: bigint | null;
  states: Partial<Record<ProjectState, number>>; never: number; overdue: number;
}): OutcomeFigures => ({
  grants: o.grants,
  indicators: { jobs: o.jobs, jobsWomen: o.women, jobsYoung: o.young },
  measuredIndhCentimes: k(o.indh),
  indhPerJobCentimes: o.perJob,
  byState: { ON_TRACK: 0, AT_RISK: 0, STALLED: 0, COMPLETED: 0, CLOSED: 0, ...o.states },
  neverVisited: o.never,
  overdue: o.overdue,
});

const P1 = F({
  grants: 6, jobs: I(4, 11, 18), women: I(4, 6, 11), young: I(3, 2, 7), indh: 240, perJob: 3_428_571n, // 24,000,000 / 7 = 3,428,571.43
  states: { ON_TRACK: 1, AT_RISK: 1, STALLED: 1, COMPLETED: 1, CLOSED: 1 }, never: 1, overdue: 2,
});
// g1, g2, g5: 15,000,000 / 7 = 2,142,857.14 centimes per job.
const URBAN = F({ grants: 3, jobs: I(2, 6, 13), women: I(2, 3, 7), young: I(2, 2, 5), indh: 150, perJob: 2_142_857n, states: { AT_RISK: 1, COMPLETED: 1 }, never: 1, overdue: 0 });
// g3, g4, g6: -2 + 2 = no net job, so no cost per job.
const RURAL = F({ grants: 3, jobs: I(2, 5, 5), women: I(2, 3, 4), young: I(1, 0, 2), indh: 90, perJob: null, states: { STALLED: 1, ON_TRACK: 1, CLOSED: 1 }, never: 0, overdue: 2 });
// g1, g2, g3: 18,000,000 / 5.
const PHASE3 = F({ grants: 3, jobs: I(3, 11, 16), women: I(3, 6, 10), young: I(2, 2, 5), indh: 180, perJob: 3_600_000n, states: { AT_RISK: 1, COMPLETED: 1, STALLED: 1 }, never: 0, overdue: 1 });
// g4, g5, g6: 6,000,000 / 2.
const PHASE2 = F({ grants: 3, jobs: I(1, 0, 2), women: I(1, 0, 1), young: I(1, 0, 2), indh: 60, perJob: 3_000_000n, states: { ON_TRACK: 1, CLOSED: 1 }, never: 1, overdue: 1 });
const URBAN_PHASE3 = F({ grants: 2, jobs: I(2, 6, 13), women: I(2, 3, 7), young: I(2, 2, 5), indh: 150, perJob: 2_142_857n, states: { AT_RISK: 1, COMPLETED: 1 }, never: 0, overdue: 0 });
const NOTHING = F({ grants: 0, jobs: I(0, 0, 0), women: I(0, 0, 0), young: I(0, 0, 0), indh: 0, perJob: null, states: {}, never: 0, overdue: 0 });

let f: Awaited<ReturnType<typeof setUpOutcomeFixture>>;
beforeAll(async () => {
  f = await setUpOutcomeFixture();
});

describe("getOutcomes", () => {
  it("measures jobs created, the cost per job, the latest states, the grants never visited and those overdue", async () => {
    const o = await getOutcomes(f.manager, {}, "fr", NOW);
    expect(o.today).toEqual(new Date("2026-06-15T00:00:00Z"));
    expect(o.overdueBefore).toEqual(new Date("2025-12-15T00:00:00Z"));
    expect(o.total).toEqual(P1);
  });

  it("splits by zone (the grant's commune) and by phase (its programme), and fills the zone x phase cells", async () => {
    const o = await getOutcomes(f.manager, {}, "fr", NOW);
    expect(o.byZone.map((r) => [r.zone, r.figures])).toEqual([["URBAN", URBAN], ["RURAL", RURAL]]);
    expect(o.byPhase.find((r) => r.phaseId === f.ids.phase3)!.figures).toEqual(PHASE3);
    expect(o.byPhase.find((r) => r.phaseId === f.ids.phase2)!.figures).toEqual(PHASE2);
    expect(o.byPhase.find((r) => r.phaseId === f.ids.phase3)!.label).toBe("Troisième phase");
    expect(o.byPhase.filter((r) => r.phaseId !== f.ids.phase2 && r.phaseId !== f.ids.phase3).every((r) => r.figures.grants === 0)).toBe(true);
    expect(o.cells.URBAN[f.ids.phase3]).toEqual(URBAN_PHASE3);
    expect(o.cells.RURAL[f.ids.phase2]!.grants).toBe(2);
    expect(o.cells.URBAN[f.ids.phase2]!.neverVisited).toBe(1);
  });

  it("narrows with the dashboard's filters: zone, phase, commune, status, period", async () => {
    const total = async (filters: Parameters<typeof getOutcomes>[1]) => (await getOutcomes(f.manager, filters, "ar", NOW)).total;
    expect(await total({ zone: "RURAL" })).toEqual(RURAL);
    expect(await total({ phaseId: f.ids.phase2 })).toEqual(PHASE2);
    expect(await total({ programmeId: f.ids.p33 })).toEqual(PHASE3);
    expect(await total({ communeId: f.ids.tanger })).toEqual(URBAN);
    expect(await total({ zone: "URBAN", phaseId: f.ids.phase3 })).toEqual(URBAN_PHASE3);
    // g1 alone: 10,000,000 / 3 = 3,333,333.33.
    expect(await total({ status: "IN_PROGRESS" })).toEqual(
      F({ grants: 1, jobs: I(1, 2, 5), women: I(1, 1, 2), young: I(1, 0, 1), indh: 100, perJob: 3_333_333n, states: { AT_RISK: 1 }, never: 0, overdue: 0 }),
    );
    // Approved in 2024: g1, g2, g4.
    expect(await total({ fromYear: 2024 })).toEqual(
      F({ grants: 3, jobs: I(2, 6, 13), women: I(2, 3, 7), young: I(2, 2, 5), indh: 150, perJob: 2_142_857n, states: { AT_RISK: 1, COMPLETED: 1, ON_TRACK: 1 }, never: 0, overdue: 0 }),
    );
    // Cancelled grants are never counted, even when asked for.
    expect(await total({ status: "CANCELLED" })).toEqual(NOTHING);
  });

  it("takes today in Morocco for the overdue visits: at 23:30 on 14 June in Morocco, 14 December is not overdue yet", async () => {
    const o = await getOutcomes(f.manager, {}, "fr", new Date("2026-06-14T22:30:00Z"));
    expect(o.overdueBefore).toEqual(new Date("2025-12-14T00:00:00Z"));
    expect(o.total.overdue).toBe(1);
    // A year later every visited grant is overdue.
    expect((await getOutcomes(f.manager, {}, "fr", new Date("2027-06-15T12:00:00Z"))).total.overdue).toBe(5);
  });

  it("never counts another prefecture's grants for a prefecture user, even when the URL asks", async () => {
    expect((await getOutcomes(f.manager, { prefectureId: f.ids.other }, "fr", NOW)).total).toEqual(P1);
  });

  it("lets a national user see every prefecture or choose one", async () => {
    const all = (await getOutcomes(f.national, {}, "ar", NOW)).total;
    // P1 plus g8: +50 jobs for 10k more INDH: 25,000,000 / 57 = 438,596.49.
    expect([all.grants, all.indicators.jobs, all.indhPerJobCentimes, all.byState.ON_TRACK]).toEqual([7, I(5, 11, 68), 438_596n, 2]);
    expect((await getOutcomes(f.national, { prefectureId: f.ids.other }, "ar", NOW)).total).toEqual(
      F({ grants: 1, jobs: I(1, 0, 50), women: I(1, 0, 20), young: I(1, 0, 30), indh: 10, perJob: 20_000n, states: { ON_TRACK: 1 }, never: 0, overdue: 0 }),
    );
    expect((await getOutcomes(f.national, { prefectureId: f.ids.prefectureId }, "ar", NOW)).total).toEqual(P1);
  });
});
