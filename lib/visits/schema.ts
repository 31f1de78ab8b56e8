// The visit and baseline forms as zod, shared by the server actions and the tests. Messages are Validation
// keys (visits.* for these forms' own rules), translated when the form is answered.
import { z } from "zod";
import { amountField, dateField, integerField, optionalAmountField, optionalIdField, optionalIntegerField, requiredText, versionField } from "@/lib/validation/fields";

export const PROJECT_STATES = ["ON_TRACK", "AT_RISK", "STALLED", "COMPLETED", "CLOSED"] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];
/** States that put the project on the workspace's "needs attention" list. */
export const STATES_NEEDING_ATTENTION: readonly ProjectState[] = ["AT_RISK", "STALLED"];

/** Jobs, members: a cooperative's counts, far below this. */
const COUNT_MAX = 100_000;
/** A production quantity in its own unit (kg, litres, pieces...) per period the unit names. */
const QUANTITY_MAX = 1_000_000_000;

/** Women and young people are counted among the jobs: neither may exceed them. */
function jobsAddUp(v: { jobs: number | null; jobsWomen: number | null; jobsYoung: number | null }, ctx: z.RefinementCtx) {
  if (v.jobs === null) {
    if (v.jobsWomen !== null || v.jobsYoung !== null) ctx.addIssue({ code: "custom", path: ["jobs"], message: "visits.jobsRequired" });
    return;
  }
  if (v.jobsWomen !== null && v.jobsWomen > v.jobs) ctx.addIssue({ code: "custom", path: ["jobsWomen"], message: "visits.moreThanJobs" });
  if (v.jobsYoung !== null && v.jobsYoung > v.jobs) ctx.addIssue({ code: "custom", path: ["jobsYoung"], message: "visits.moreThanJobs" });
}

const visitFields = {
  visitedOn: dateField(),
  visitors: requiredText(1000),
  findings: requiredText(5000),
  projectState: z.enum(PROJECT_STATES, { error: "visits.stateRequired" }),
  milestoneId: optionalIdField(),
  // Indicators measured at the visit; a blank one was not measured.
  jobs: optionalIntegerField({ max: COUNT_MAX }),
  jobsWomen: optionalIntegerField({ max: COUNT_MAX }),
  jobsYoung: optionalIntegerField({ max: COUNT_MAX }),
  members: optionalIntegerField({ max: COUNT_MAX }),
  annualRevenue: optionalAmountField(),
  productionQuantity: optionalIntegerField({ max: QUANTITY_MAX }),
};

export const visitInputSchema = z.object(visitFields).superRefine(jobsAddUp);
export const visitUpdateSchema = z.object({ ...visitFields, version: versionField() }).superRefine(jobsAddUp);
export type VisitInput = z.output<typeof visitInputSchema>;
export type VisitUpdateInput = z.output<typeof visitUpdateSchema>;

/** The baseline at approval: every indicator given (0 is a value), and the production measure's unit. */
const baselineFields = {
  jobs: integerField({ max: COUNT_MAX }),
  jobsWomen: integerField({ max: COUNT_MAX }),
  jobsYoung: integerField({ max: COUNT_MAX }),
  members: integerField({ max: COUNT_MAX }),
  annualRevenue: amountField().refine((c) => c >= 0n, { error: "negativeAmount" }),
  productionQuantity: integerField({ max: QUANTITY_MAX }),
  productionUnitAr: requiredText(100),
  productionUnitFr: requiredText(100),
  /** 0 when the grant has no baseline yet (the form then creates it). */
  version: integerField({ min: 0, max: 1_000_000_000 }),
};
export const baselineInputSchema = z.object(baselineFields).superRefine(jobsAddUp);
export type BaselineInput = z.output<typeof baselineInputSchema>;
