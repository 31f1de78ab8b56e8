// Pure arithmetic turning the pipeline's grouped rows (a few dozen: zone x phase x status) into the
// figures of a cell, a zone, a phase or the whole scope. No database here, so it is unit-testable.
import type { Zone } from "@/lib/dashboards/types";
import { PIPELINE_STAGES, type PipelineFigures, type PipelineStage, type StageFigure } from "@/lib/dashboards/pipeline-types";

/** Where a grouped row belongs: the zone of the applicant's commune and the phase of the call's programme. */
export type PipelinePlace = { zone: Zone; phaseId: number };

/** Application statuses that passed screening (eligible, then whatever the committee decided). */
export const SCREENED_ELIGIBLE = ["ELIGIBLE", "APPROVED", "DEFERRED", "REJECTED"] as const;
/** Final committee decisions; DEFERRED puts the application back on a later agenda. */
export const FINAL_DECISIONS = ["APPROVED", "REJECTED"] as const;

export type PipelineRows = {
  /** Applications by status, with the INDH amount they request. */
  byStatus: (PipelinePlace & { status: string; count: number; requestedCentimes: bigint })[];
  /** Applications with at least one submitted review. */
  reviewed: (PipelinePlace & StageRow)[];
  /** Grants created by the committee's approval, those whose convention is signed, those with a paid tranche. */
  approved: (PipelinePlace & StageRow)[];
  signed: (PipelinePlace & StageRow)[];
  paid: (PipelinePlace & StageRow)[];
  /** One entry per decided application: days from submission to decision. */
  decisions: (PipelinePlace & { days: number })[];
};
type StageRow = { count: number; amountCentimes: bigint };

const DAY_MS = 24 * 3600 * 1000;

/** Days between two instants, as a real number (a decision 36 hours after submission took 1.5 days). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** The middle value (the mean of the two middle ones for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function sumStage<R extends PipelinePlace>(rows: R[], keep: (p: PipelinePlace) => boolean, count: (r: R) => number, amount: (r: R) => bigint): StageFigure {
  let c = 0;
  let a = 0n;
  for (const row of rows) {
    if (!keep(row)) continue;
    c += count(row);
    a += amount(row);
  }
  return { count: c, amountCentimes: a };
}

/** The figures of the rows `keep` accepts (everything, a zone, a phase). */
export function pipelineFigures(rows: PipelineRows, keep: (p: PipelinePlace) => boolean = () => true): PipelineFigures {
  const withStatus = (statuses: readonly string[]) => rows.byStatus.filter((r) => statuses.includes(r.status));
  const requested = (list: PipelineRows["byStatus"]) => sumStage(list, keep, (r) => r.count, (r) => r.requestedCentimes);
  const stage = (list: (PipelinePlace & StageRow)[]) => sumStage(list, keep, (r) => r.count, (r) => r.amountCentimes);
  const stages: Record<PipelineStage, StageFigure> = {
    received: requested(rows.byStatus),
    eligible: requested(withStatus(SCREENED_ELIGIBLE)),
    reviewed: stage(rows.reviewed),
    approved: stage(rows.approved),
    signed: stage(rows.signed),
    paid: stage(rows.paid),
  };
  return {
    stages,
    decided: requested(withStatus(FINAL_DECISIONS)).count,
    approvedDecisions: requested(withStatus(["APPROVED"])).count,
    medianDaysToDecision: median(rows.decisions.filter(keep).map((d) => d.days)),
  };
}

export const EMPTY_PIPELINE_FIGURES: PipelineFigures = {
  stages: Object.fromEntries(PIPELINE_STAGES.map((s) => [s, { count: 0, amountCentimes: 0n }])) as Record<PipelineStage, StageFigure>,
  decided: 0,
  approvedDecisions: 0,
  medianDaysToDecision: null,
};
