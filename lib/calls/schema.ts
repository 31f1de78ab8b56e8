// The call-for-projects form as zod: shared by the server action and the form. Messages are Validation keys
// (calls.* for this form's own rules), translated when the form is answered.
import { z } from "zod";
import { amountField, dateField, idField, integerField, optionalIdField, requiredText, timeField, versionField } from "@/lib/validation/fields";
import { zonedDateTimeToUtc } from "@/lib/events/casablanca-time";

export const CALL_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export const MAX_REQUIRED_DOCUMENTS = 15;
export const MAX_CRITERIA = 15;
export const WEIGHTS_TOTAL = 100;
/** As printed on the call: letters, digits and - / _ . (for example AAP-2026-03 or 03/2026). */
export const REFERENCE_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9\-/_.]*[A-Za-z0-9])?$/;

const isBlankRow = (row: unknown) =>
  !row || typeof row !== "object" || Object.values(row).every((v) => typeof v !== "string" || v.trim() === "");

/**
 * Rows validated where they stand, so an error keeps its name (documents.N.labelAr); blank rows (the spare
 * ones the form offers) are dropped afterwards. More rows than any form sends are refused as a whole.
 */
const rows = <T extends z.ZodType>(row: T, max: number) =>
  z
    .array(z.preprocess((r) => (isBlankRow(r) ? null : r), row.nullable()))
    .max(max + 10, { error: "calls.tooManyRows" })
    .optional()
    .transform((list) => (list ?? []).filter((r): r is NonNullable<z.output<T>> => r !== null));

const documentRow = z.object({ labelAr: requiredText(300), labelFr: requiredText(300) });
const criterionRow = z.object({ labelAr: requiredText(300), labelFr: requiredText(300), weight: integerField({ min: 1, max: WEIGHTS_TOTAL }) });

const callFields = {
  reference: requiredText(60).regex(REFERENCE_PATTERN, { error: "calls.referenceFormat" }),
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  textAr: requiredText(50_000),
  textFr: requiredText(50_000),
  programmeId: idField(),
  // Checkboxes axes.N: unticked boxes send nothing, so the list may be missing altogether.
  axes: z
    .array(idField())
    .max(50, { error: "calls.tooManyRows" })
    .optional()
    .transform((ids) => [...new Set(ids ?? [])])
    .refine((ids) => ids.length > 0, { error: "calls.axesRequired" }),
  opensAtDate: dateField(),
  opensAtTime: timeField(),
  closesAtDate: dateField(),
  closesAtTime: timeField(),
  envelope: amountField().refine((c) => c > 0n, { error: "calls.envelopePositive" }),
  documents: rows(documentRow, MAX_REQUIRED_DOCUMENTS)
    .refine((list) => list.length > 0, { error: "calls.documentsRequired" })
    .refine((list) => list.length <= MAX_REQUIRED_DOCUMENTS, { error: "calls.tooManyDocuments" }),
  criteria: rows(criterionRow, MAX_CRITERIA)
    .refine((list) => list.length > 0, { error: "calls.criteriaRequired" })
    .refine((list) => list.length <= MAX_CRITERIA, { error: "calls.tooManyCriteria" })
    // On the list itself (field "criteria"): the message stands next to the grid, not next to one weight,
    // and it shows even while other fields of the form still have errors.
    .refine((list) => list.reduce((sum, c) => sum + c.weight, 0) === WEIGHTS_TOTAL, { error: "calls.weightsSum" }),
};

type RawCall = z.output<z.ZodObject<typeof callFields>>;

/** Dates read in Morocco time (closing after opening); the envelope named with its unit. */
function toCallInput<T extends RawCall>(value: T, ctx: z.RefinementCtx) {
  const { opensAtDate, opensAtTime, closesAtDate, closesAtTime, envelope, ...rest } = value;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const opensAt = zonedDateTimeToUtc(day(opensAtDate), opensAtTime);
  const closesAt = zonedDateTimeToUtc(day(closesAtDate), closesAtTime);
  if (!opensAt) ctx.addIssue({ code: "custom", path: ["opensAtDate"], message: "invalidDate" });
  if (!closesAt) ctx.addIssue({ code: "custom", path: ["closesAtDate"], message: "invalidDate" });
  if (!opensAt || !closesAt) return z.NEVER;
  if (closesAt <= opensAt) {
    ctx.addIssue({ code: "custom", path: ["closesAtDate"], message: "calls.closesBeforeOpens" });
    return z.NEVER;
  }
  return { ...rest, opensAt, closesAt, envelopeCentimes: envelope };
}

// Only a new call names its prefecture (a national user chooses it, as for events).
export const callInputSchema = z.object({ ...callFields, prefectureId: optionalIdField() }).transform(toCallInput);
export const callUpdateSchema = z.object({ ...callFields, version: versionField() }).transform(toCallInput);

export type CallInput = Omit<z.output<typeof callInputSchema>, "prefectureId">;
export type CallCreateInput = CallInput & { prefectureId?: number | null };
export type CallUpdateInput = CallInput & { version: number };

/** Publish, results switch: only the version the page was opened at. */
export const callVersionSchema = z.object({ version: versionField() });
export const callResultsSchema = z.object({ version: versionField(), resultsPublic: z.enum(["on", "off"], { error: "invalid" }) });
/** Cancelling asks for a reason, kept in the audit trail. */
export const callCancelSchema = z.object({
  version: versionField(),
  reason: z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(500, { error: "tooLong" }),
});
