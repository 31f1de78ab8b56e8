import { describe, expect, it } from "vitest";
import { indhPerJob, outcomeFigures, overdueCutoff, type OutcomeGroup } from "./outcome-figures";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sums = (measured: number, baseline: number, now: number) => ({ measured, baseline, now });

describe("indhPerJob", () => {
  it("divides the INDH contribution by the jobs created, to the nearest centime (half up)", () => {
    expect(indhPerJob(24_000_000n, 7)).toBe(3_428_571n); // 3,428,571.43
    expect(indhPerJob(10n, 4)).toBe(3n); // 2.5 rounds up
    expect(indhPerJob(9n, 4)).toBe(2n); // 2.25 rounds down
    expect(indhPerJob(2n ** 60n, 1)).toBe(2n ** 60n); // exact beyond 2^53
  });
  it("has no value unless jobs were created", () => {
    expect(indhPerJob(1_000n, 0)).toBeNull();
    expect(indhPerJob(1_000n, -3)).toBeNull();
  });
});

describe("overdueCutoff", () => {
  it("goes back six calendar months, to the last day of a shorter month", () => {
    expect(overdueCutoff(day("2026-06-15"))).toEqual(day("2025-12-15"));
    expect(overdueCutoff(day("2026-03-15"))).toEqual(day("2025-09-15"));
    expect(overdueCutoff(day("2026-08-31"))).toEqual(day("2026-02-28"));
    expect(overdueCutoff(day("2028-08-31"))).toEqual(day("2028-02-29"));
    expect(overdueCutoff(day("2026-01-10"))).toEqual(day("2025-07-10"));
  });
});

describe("outcomeFigures", () => {
  const groups: OutcomeGroup[] = [
    // Urban, phase 3: two visited grants, one measured for jobs (+5) and women (+2), not for young people.
    { zone: "URBAN", phaseId: 3, state: "ON_TRACK", grants: 2, overdue: 1, measuredIndhCentimes: 1_000n,
      indicators: { jobs: sums(1, 3, 8), jobsWomen: sums(1, 1, 3), jobsYoung: sums(0, 0, 0) } },
    // Urban, phase 3: a grant never visited.
    { zone: "URBAN", phaseId: 3, state: null, grants: 1, overdue: 0, measuredIndhCentimes: 0n,
      indicators: { jobs: sums(0, 0, 0), jobsWomen: sums(0, 0, 0), jobsYoung: sums(0, 0, 0) } },
    // Rural, phase 2: a stalled grant that lost 2 jobs.
    { zone: "RURAL", phaseId: 2, state: "STALLED", grants: 1, overdue: 1, measuredIndhCentimes: 600n,
      indicators: { jobs: sums(1, 6, 4), jobsWomen: sums(1, 2, 2), jobsYoung: sums(1, 1, 0) } },
    // A commune outside the reference: in the total only.
    { zone: null, phaseId: null, state: "CLOSED", grants: 1, overdue: 0, measuredIndhCentimes: 0n,
      indicators: { jobs: sums(0, 0, 0), jobsWomen: sums(0, 0, 0), jobsYoung: sums(0, 0, 0) } },
  ];

  it("adds up grants, states, measured indicators and the cost per net job created", () => {
    const all = outcomeFigures(groups);
    expect(all.grants).toBe(5);
    expect(all.indicators.jobs).toEqual({ measuredGrants: 2, baseline: 9, now: 12, created: 3 });
    expect(all.indicators.jobsWomen).toEqual({ measuredGrants: 2, baseline: 3, now: 5, created: 2 });
    expect(all.indicators.jobsYoung).toEqual({ measuredGrants: 1, baseline: 1, now: 0, created: -1 });
    // The grant that lost jobs counts on both sides: 1,600 centimes for 3 net jobs.
    expect([all.measuredIndhCentimes, all.indhPerJobCentimes]).toEqual([1_600n, 533n]);
    expect(all.byState).toEqual({ ON_TRACK: 2, AT_RISK: 0, STALLED: 1, COMPLETED: 0, CLOSED: 1 });
    expect([all.neverVisited, all.overdue]).toEqual([1, 2]);
  });

  it("keeps only the places asked for, with no cost per job where jobs were lost", () => {
    const urban = outcomeFigures(groups, (p) => p.zone === "URBAN");
    expect([urban.grants, urban.indicators.jobs.created, urban.indhPerJobCentimes, urban.neverVisited]).toEqual([3, 5, 200n, 1]);
    const rural = outcomeFigures(groups, (p) => p.zone === "RURAL");
    expect([rural.grants, rural.indicators.jobs.created, rural.indhPerJobCentimes, rural.byState.STALLED]).toEqual([1, -2, null, 1]);
    const none = outcomeFigures(groups, (p) => p.phaseId === 1);
    expect([none.grants, none.indicators.jobs.measuredGrants, none.indhPerJobCentimes, none.overdue]).toEqual([0, 0, null, 0]);
  });
});
