// The review forms: scores on the call's grid with a comment, or a declared conflict of interest.
// `version` is 0 when the reviewer has no review yet (the form then creates it).
import { z } from "zod";
import { normalizeDigits } from "@/lib/format/digits";
import { idField, integerField } from "@/lib/validation/fields";
import { MAX_CRITERION_SCORE } from "@/lib/reviews/score";

export const MAX_CRITERIA = 30;
export const COMMENT_MAX = 4000;
export const CONFLICT_NOTE_MAX = 1000;

const reviewVersion = () => integerField({ min: 0, max: 1_000_000_000 });

/** A whole number from 0 to 10, typed in any digits (Arabic-Indic too). */
const scoreField = () =>
  z
    .string({ error: "reviews.scoreRequired" })
    .trim()
    .overwrite(normalizeDigits)
    .min(1, { error: "reviews.scoreRequired" })
    .regex(/^\d{1,2}$/, { error: "reviews.scoreRange" })
    .transform(Number)
    .pipe(z.number().int().max(MAX_CRITERION_SCORE, { error: "reviews.scoreRange" }));

export const reviewInputSchema = z.object({
  version: reviewVersion(),
  scores: z.array(z.object({ criterionId: idField(), score: scoreField() })).min(1, { error: "reviews.gridChanged" }).max(MAX_CRITERIA, { error: "invalid" }),
  comment: z.string({ error: "reviews.commentRequired" }).trim().min(1, { error: "reviews.commentRequired" }).max(COMMENT_MAX, { error: "tooLong" }),
});

export const conflictInputSchema = z.object({
  version: reviewVersion(),
  note: z.string({ error: "reviews.conflictNoteRequired" }).trim().min(1, { error: "reviews.conflictNoteRequired" }).max(CONFLICT_NOTE_MAX, { error: "tooLong" }),
});

export type ReviewInput = z.output<typeof reviewInputSchema>;
export type ConflictInput = z.output<typeof conflictInputSchema>;
