// The funding pipeline of the manager dashboard: how many applications reached each stage of the cycle
// (lib/dashboards/pipeline-queries.ts computes it with the dashboard's filters). Money in integer centimes.
import type { Zone } from "@/lib/dashboards/types";

/** The stages in the order an application goes through them; each is a subset of the one before. */
export const PIPELINE_STAGES = ["received", "eligible", "reviewed", "approved", "signed", "paid"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/**
 * count: applications at (or beyond) the stage. amountCentimes: the INDH amount requested (received,
 * eligible, reviewed), the INDH contribution of the grants the committee approved (approved, signed),
 * the tranches actually paid (paid).
 */
export type StageFigure = { count: number; amountCentimes: bigint };

export type PipelineFigures = {
  stages: Record<PipelineStage, StageFigure>;
  /** Applications with a final decision: approved or rejected (a deferral is no decision yet). */
  decided: number;
  /** Approved among the decided ones: the approval rate is approvedDecisions / decided. */
  approvedDecisions: number;
  /** Median number of days from submission to the committee's decision; null when nothing is decided. */
  medianDaysToDecision: number | null;
};

export type PipelineRow = { key: string; label: string; figures: PipelineFigures };

export type Pipeline = {
  total: PipelineFigures;
  /** Urban, then rural: the setting of the applicant's commune. */
  byZone: (PipelineRow & { zone: Zone })[];
  /** Every phase of the reference, in order: the phase of the call's programme. */
  byPhase: (PipelineRow & { phaseId: number })[];
};

/** What a stage's amount is: requested until the committee decides, then approved, then paid. */
export type StageAmountKind = "requested" | "approved" | "paid";
export function stageAmountKind(stage: PipelineStage): StageAmountKind {
  if (stage === "paid") return "paid";
  return stage === "approved" || stage === "signed" ? "approved" : "requested";
}
