// The outcomes of the manager dashboard: what the funded projects became, measured on field visits against
// each grant's baseline (lib/dashboards/outcome-queries.ts computes them with the dashboard's filters).
// Money in integer centimes.
//
// The product's definitions, for every grant the money figures count (dashboard-where.ts `counted`: the
// same filters, cancelled grants never):
// - "Jobs now" is read from the grant's latest visit that measured jobs (latest visitedOn, then highest
//   id); a visit that left the indicator blank did not measure it. Jobs created = jobs now - baseline jobs,
//   for the grants with BOTH a baseline and such a visit: the "grants measured". It may be negative (a
//   project that lost jobs counts as such). Women's and young people's jobs likewise, each from the latest
//   visit that measured that indicator, with their own measured grants.
// - INDH MAD per job created = INDH contribution of the grants measured for jobs / net jobs created by
//   those same grants, rounded to the centime; shown only when the net jobs created is above zero. Every
//   measured grant counts on both sides, those that created no job or lost some included, so the figure is
//   the cost of the jobs the measured money actually bought, not of the successful projects alone.
// - A project's state is that of its latest visit (any indicator, or none). Grants never visited have no
//   state. A visited grant is overdue when its latest visit is older than 6 months as of today in Morocco
//   (visited before the same day 6 months earlier, clamped to the month's end).
import type { ProjectState } from "@/lib/visits/schema";
import type { Zone } from "@/lib/dashboards/types";

export const OUTCOME_INDICATORS = ["jobs", "jobsWomen", "jobsYoung"] as const;
export type OutcomeIndicator = (typeof OUTCOME_INDICATORS)[number];

/** One indicator over the grants measured for it: baseline and latest measured value, summed. */
export type IndicatorFigures = {
  /** Grants with a baseline and a visit that measured the indicator. */
  measuredGrants: number;
  baseline: number;
  now: number;
  /** now - baseline: the jobs created (negative when jobs were lost). */
  created: number;
};

export type OutcomeFigures = {
  /** Grants the dashboard counts here (measured or not). */
  grants: number;
  indicators: Record<OutcomeIndicator, IndicatorFigures>;
  /** INDH contribution of the grants measured for jobs. */
  measuredIndhCentimes: bigint;
  /** measuredIndhCentimes / jobs created, to the centime; null unless jobs created > 0. */
  indhPerJobCentimes: bigint | null;
  /** Grants by the state their latest visit found. */
  byState: Record<ProjectState, number>;
  neverVisited: number;
  /** Visited grants whose latest visit is older than six months. */
  overdue: number;
};

export type OutcomeRow = { key: string; label: string; figures: OutcomeFigures };

export type Outcomes = {
  /** Today in Morocco, and the first day a visit must be on or after not to be overdue. */
  today: Date;
  overdueBefore: Date;
  total: OutcomeFigures;
  /** Urban, then rural: the setting of the grant's commune, as the money figures. */
  byZone: (OutcomeRow & { zone: Zone })[];
  /** Every phase of the reference, in order: the phase of the grant's programme. */
  byPhase: (OutcomeRow & { phaseId: number })[];
  /** cells[zone][phaseId], for the zone x phase table. */
  cells: Record<Zone, Record<number, OutcomeFigures>>;
};
