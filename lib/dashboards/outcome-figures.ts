// Pure arithmetic turning the outcomes' grouped rows (commune x programme x latest state: a few hundred at
// most) into the figures of a cell, a zone, a phase or the whole scope. No database here, so it is
// unit-testable. The definitions are written in outcome-types.ts.
import { PROJECT_STATES, type ProjectState } from "@/lib/visits/schema";
import type { Zone } from "@/lib/dashboards/types";
import { OUTCOME_INDICATORS, type IndicatorFigures, type OutcomeFigures, type OutcomeIndicator } from "@/lib/dashboards/outcome-types";

/** Where a grouped row belongs; null when the commune or the programme is not in the reference read. */
export type OutcomePlace = { zone: Zone | null; phaseId: number | null };

/** Sums over the grants of one group that were measured for an indicator. */
export type IndicatorSums = { measured: number; baseline: number; now: number };

export type OutcomeGroup = OutcomePlace & {
  /** The latest visit's state; null for the grants never visited. */
  state: ProjectState | null;
  grants: number;
  overdue: number;
  indicators: Record<OutcomeIndicator, IndicatorSums>;
  measuredIndhCentimes: bigint;
};

/** Centimes per job, rounded half up; null unless jobs created is above zero. */
export function indhPerJob(indhCentimes: bigint, jobsCreated: number): bigint | null {
  if (jobsCreated <= 0) return null;
  const jobs = BigInt(jobsCreated);
  return (indhCentimes * 2n + jobs) / (2n * jobs);
}

/**
 * The first calendar day (UTC midnight) a latest visit may fall on and not be overdue: the same day six
 * months earlier, or that month's last day when it is shorter (31 August -> 28 or 29 February).
 */
export function overdueCutoff(today: Date, months = 6): Date {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(today.getUTCDate(), lastDay)));
}

const noIndicator = (): IndicatorFigures => ({ measuredGrants: 0, baseline: 0, now: 0, created: 0 });

/** The figures of the groups `keep` accepts (everything, a zone, a phase, a cell). */
export function outcomeFigures(groups: readonly OutcomeGroup[], keep: (p: OutcomePlace) => boolean = () => true): OutcomeFigures {
  const indicators = Object.fromEntries(OUTCOME_INDICATORS.map((i) => [i, noIndicator()])) as Record<OutcomeIndicator, IndicatorFigures>;
  const byState = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<ProjectState, number>;
  let grants = 0;
  let neverVisited = 0;
  let overdue = 0;
  let measuredIndhCentimes = 0n;
  for (const g of groups) {
    if (!keep(g)) continue;
    grants += g.grants;
    overdue += g.overdue;
    if (g.state === null) neverVisited += g.grants;
    else if (g.state in byState) byState[g.state] += g.grants;
    measuredIndhCentimes += g.measuredIndhCentimes;
    for (const i of OUTCOME_INDICATORS) {
      const sums = g.indicators[i];
      const f = indicators[i];
      f.measuredGrants += sums.measured;
      f.baseline += sums.baseline;
      f.now += sums.now;
    }
  }
  for (const i of OUTCOME_INDICATORS) indicators[i].created = indicators[i].now - indicators[i].baseline;
  return {
    grants,
    indicators,
    measuredIndhCentimes,
    indhPerJobCentimes: indhPerJob(measuredIndhCentimes, indicators.jobs.created),
    byState,
    neverVisited,
    overdue,
  };
}

export const EMPTY_OUTCOME_FIGURES: OutcomeFigures = outcomeFigures([]);
