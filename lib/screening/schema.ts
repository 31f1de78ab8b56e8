// The screening form: one line per required document (valid or not, with a note), the decision and its
// reason. Shared by the server action and the browser's pre-check; messages are Validation keys.
import { z } from "zod";
import { checkboxField, idField, optionalText, versionField } from "@/lib/validation/fields";

export const SCREENING_DECISIONS = ["ELIGIBLE", "INELIGIBLE"] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/** A call asks for a handful of documents; more lines than this is not a form of the app. */
export const MAX_CHECKS = 30;
export const REASON_MAX = 2000;
export const NOTE_MAX = 500;

const checkSchema = z.object({
  documentId: idField(),
  valid: checkboxField(),
  note: optionalText(NOTE_MAX),
});

export const screeningInputSchema = z
  .object({
    version: versionField(),
    decision: z.enum(SCREENING_DECISIONS, { error: "screening.decisionRequired" }),
    reason: optionalText(REASON_MAX),
    checks: z.array(checkSchema).max(MAX_CHECKS, { error: "invalid" }).default([]),
  })
  .superRefine((input, ctx) => {
    // The contradiction case (eligible despite a failed rule) needs the rules: the mutation checks it.
    if (input.decision === "INELIGIBLE" && !input.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "screening.reasonRequired" });
  });

export type ScreeningInput = z.output<typeof screeningInputSchema>;
