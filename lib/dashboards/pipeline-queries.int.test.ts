// The pipeline on a fixture small enough to add up by hand (lib/dashboards/pipeline-fixture.ts). Amounts in
// thousands of dirhams (k). Prefecture P1 (Tanger-Assilah):
//
//   app  call (phase)  zone   status      requested  submitted   decided after  review      grant INDH  convention  paid
//   a1   A (3)         URBAN  RECEIVED    1          2026-01-10  -              -           -           -           -
//   a2   A (3)         URBAN  INELIGIBLE  2          2026-01-10  -              -           -           -           -
//   a3   A (3)         RURAL  ELIGIBLE    3          2026-01-10  -              submitted   -           -           -
//   a4   A (3)         URBAN  APPROVED    4          2026-01-10  10 days        submitted   3.5         signed      1 (2.5 unpaid)
//   a5   A (3)         RURAL  APPROVED    5          2026-01-11  30 days        submitted   5           unsigned    -
//   a6   A (3)         RURAL  REJECTED    6          2026-01-12  24 days        submitted   -           -           -
//   a7   B (2)         URBAN  APPROVED    7          2025-06-01  40 days        submitted   6           signed      2 (1 unpaid)
//   a8   B (2)         RURAL  DEFERRED    8          2025-06-02  (5 days)       submitted   -           -           -
//   a9   A (3)         URBAN  ELIGIBLE    9          2026-01-13  -              draft only  -           -           -
// Another prefecture: one received application of 10.
import { beforeAll, describe, expect, it } from "vitest";
import { getPipeline } from "@/lib/dashboards/pipeline-queries";
import type { PipelineFigures } from "@/lib/dashboards/pipeline-types";
import { k, setUpPipelineFixture } from "@/lib/dashboards/pipeline-fixture";

const S = (count: number, thousands: number) => ({ count, amountCentimes: k(thousands) });
const F = (stages: [number, number][], decided: number, approvedDecisions: number, medianDaysToDecision: number | null): PipelineFigures => {
  const [received, eligible, reviewed, approved, signed, paid] = stages.map(([c, a]) => S(c, a));
  return { stages: { received: received!, eligible: eligible!, reviewed: reviewed!, approved: approved!, signed: signed!, paid: paid! }, decided, approvedDecisions, medianDaysToDecision };
};

// received a1..a9 = 45; eligible a3..a9 = 42; reviewed a3..a8 = 33 (a9's review is a draft);
// approved a4+a5+a7 grants 3.5+5+6 = 14.5; signed a4+a7 = 9.5; paid 1+2 = 3; decided a4,a5,a6,a7 (a8 deferred);
// median of 10, 24, 30, 40 days = 27.
const P1 = F([[9, 45], [7, 42], [6, 33], [3, 14.5], [2, 9.5], [2, 3]], 4, 3, 27);
// URBAN a1,a2,a4,a7,a9: 23; eligible a4,a7,a9: 20; reviewed a4,a7: 11; median of 10 and 40 = 25.
const URBAN = F([[5, 23], [3, 20], [2, 11], [2, 9.5], [2, 9.5], [2, 3]], 2, 2, 25);
// RURAL a3,a5,a6,a8: 22, all eligible and reviewed; approved a5 (5, unsigned); median of 30 and 24 = 27.
const RURAL = F([[4, 22], [4, 22], [4, 22], [1, 5], [0, 0], [0, 0]], 2, 1, 27);
// Phase 2 (call B): a7, a8.
const PHASE2 = F([[2, 15], [2, 15], [2, 15], [1, 6], [1, 6], [1, 2]], 1, 1, 40);
// Phase 3 (call A): everything else; median of 10, 24, 30 = 24.
const PHASE3 = F([[7, 30], [5, 27], [4, 18], [2, 8.5], [1, 3.5], [1, 1]], 3, 2, 24);

let f: Awaited<ReturnType<typeof setUpPipelineFixture>>;
beforeAll(async () => {
  f = await setUpPipelineFixture();
});

describe("getPipeline", () => {
  it("counts and sums every stage of the prefecture exactly, with the approval rate and the median delay", async () => {
    const p = await getPipeline(f.manager, {}, "fr");
    expect(p.total).toEqual(P1);
  });

  it("splits by zone (the applicant's commune) and by phase (the call's programme), adding up to the total", async () => {
    const p = await getPipeline(f.manager, {}, "fr");
    expect(p.byZone.map((r) => [r.zone, r.figures])).toEqual([["URBAN", URBAN], ["RURAL", RURAL]]);
    expect(p.byPhase.find((r) => r.phaseId === f.ids.phase2)!.figures).toEqual(PHASE2);
    expect(p.byPhase.find((r) => r.phaseId === f.ids.phase3)!.figures).toEqual(PHASE3);
    expect(p.byPhase.find((r) => r.phaseId !== f.ids.phase2 && r.phaseId !== f.ids.phase3)!.figures.stages.received.count).toBe(0);
    expect(p.byPhase.find((r) => r.phaseId === f.ids.phase3)!.label).toBe("Troisième phase");
  });

  it("narrows with the dashboard's filters: zone, phase, programme, commune, period", async () => {
    expect((await getPipeline(f.manager, { zone: "RURAL" }, "fr")).total).toEqual(RURAL);
    expect((await getPipeline(f.manager, { phaseId: f.ids.phase2 }, "fr")).total).toEqual(PHASE2);
    expect((await getPipeline(f.manager, { programmeId: f.ids.p33 }, "fr")).total).toEqual(PHASE3);
    expect((await getPipeline(f.manager, { communeId: f.ids.tanger }, "fr")).total).toEqual(URBAN);
    // Submitted in 2026: call A's applications only (call B's were submitted in 2025).
    expect((await getPipeline(f.manager, { fromYear: 2026, toYear: 2026 }, "fr")).total).toEqual(PHASE3);
    expect((await getPipeline(f.manager, { toYear: 2025 }, "fr")).total).toEqual(PHASE2);
    const nothing = (await getPipeline(f.manager, { zone: "RURAL", phaseId: f.ids.phase2, fromYear: 2026 }, "fr")).total;
    expect(nothing).toEqual(F([[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]], 0, 0, null));
  });

  it("never counts another prefecture's applications for a prefecture user, even when the URL asks", async () => {
    expect((await getPipeline(f.manager, { prefectureId: f.ids.other }, "fr")).total).toEqual(P1);
  });

  it("lets a national user see every prefecture or choose one", async () => {
    const all = await getPipeline(f.national, {}, "ar");
    expect(all.total.stages.received).toEqual(S(10, 55));
    expect(all.total.stages.eligible).toEqual(S(7, 42));
    expect((await getPipeline(f.national, { prefectureId: f.ids.other }, "ar")).total).toEqual(F([[1, 10], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]], 0, 0, null));
    expect((await getPipeline(f.national, { prefectureId: f.ids.prefectureId }, "ar")).total).toEqual(P1);
  });
});
