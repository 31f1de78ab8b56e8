// The four steps an applicant sees on the follow-up page, worked out from the status alone (no staff notes).
export type ApplicationStep = "received" | "screening" | "review" | "decision";
export type StepState = "done" | "current" | "upcoming";
export const APPLICATION_STEPS: ApplicationStep[] = ["received", "screening", "review", "decision"];
const DECIDED = new Set(["APPROVED", "DEFERRED", "REJECTED"]);

/** Where an application stands, from its status alone (what the applicant may know). */
export function stepStates(status: string, reviewed: boolean): Record<ApplicationStep, StepState> {
  if (DECIDED.has(status)) return { received: "done", screening: "done", review: "done", decision: "done" };
  if (status === "INELIGIBLE" || status === "WITHDRAWN") return { received: "done", screening: "done", review: "upcoming", decision: "upcoming" };
  if (status === "ELIGIBLE") return { received: "done", screening: "done", review: reviewed ? "done" : "current", decision: reviewed ? "current" : "upcoming" };
  return { received: "done", screening: "current", review: "upcoming", decision: "upcoming" };
}

