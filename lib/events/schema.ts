// The event form as zod: shared by the server action and any client check. Messages are Validation keys.
import { z } from "zod";
import { dateField, idField, optionalAmountField, optionalIdField, optionalIntegerField, optionalText, requiredText, timeField, versionField } from "@/lib/validation/fields";
import { zonedDateTimeToUtc } from "@/lib/events/casablanca-time";

export const EVENT_KINDS = ["COMMUNICATION_MEETING", "WORKSHOP", "FAIR", "TRAINING", "CEREMONY", "OTHER"] as const;
export const EVENT_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Lowercase words joined by single hyphens: it becomes the public address /events/<slug>. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

const slugField = () => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(SLUG_MAX_LENGTH, { error: "tooLong" }).regex(SLUG_PATTERN, { error: "slugFormat" });


const year = () => optionalIntegerField({ min: 1900, max: 2100 });

export const PRESENTATION_FIELDS = [
  "titleAr", "titleFr", "presenterRoleAr", "presenterRoleFr", "organisationId", "summaryAr", "summaryFr",
  "reportedPeriodStartYear", "reportedPeriodEndYear", "reportedCooperativesFunded", "reportedUrbanCooperatives",
  "reportedRuralCooperatives", "reportedTotalEnvelope", "reportedIndhContribution",
] as const;

const presentationRowSchema = z.object({
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  presenterRoleAr: requiredText(200),
  presenterRoleFr: requiredText(200),
  organisationId: optionalIdField(),
  summaryAr: optionalText(2000).transform((v) => v ?? ""),
  summaryFr: optionalText(2000).transform((v) => v ?? ""),
  reportedPeriodStartYear: year(),
  reportedPeriodEndYear: year(),
  reportedCooperativesFunded: optionalIntegerField(),
  reportedUrbanCooperatives: optionalIntegerField(),
  reportedRuralCooperatives: optionalIntegerField(),
  reportedTotalEnvelope: optionalAmountField(),
  reportedIndhContribution: optionalAmountField(),
})
  // The form names amounts as people read them; the domain names them with their unit.
  .transform(({ reportedTotalEnvelope, reportedIndhContribution, ...row }) => ({
    ...row,
    reportedTotalEnvelopeCentimes: reportedTotalEnvelope,
    reportedIndhContributionCentimes: reportedIndhContribution,
  }));

const isBlankRow = (row: unknown) =>
  !row || typeof row !== "object" || Object.values(row).every((v) => typeof v !== "string" || v.trim() === "");

// Rows are validated where they stand (so an error keeps the name presentations.N.field of its row);
// blank rows (the spare one the form always offers) become null and are dropped afterwards.
const presentationsSchema = z
  .array(
    z.preprocess((row) => (isBlankRow(row) ? null : row), presentationRowSchema.nullable()),
  )
  .optional()
  .transform((rows) =>
    (rows ?? []).flatMap((row, formRow) => (row ? [{ ...row, formRow }] : [])),
  );

const eventFields = {
  slug: slugField(),
  kind: z.enum(EVENT_KINDS, { error: "required" }),
  status: z.enum(EVENT_STATUSES, { error: "required" }),
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  occasionAr: optionalText(200),
  occasionFr: optionalText(200),
  startsAtDate: dateField(),
  startsAtTime: timeField(),
  venueAr: requiredText(200),
  venueFr: requiredText(200),
  communeId: optionalIdField(),
  placeId: optionalIdField(),
  organiserId: idField(),
  partners: z.array(idField()).optional().transform((ids) => [...new Set(ids ?? [])]),
  attendance: optionalIntegerField({ max: 1_000_000 }),
  attendanceNoteAr: optionalText(300),
  attendanceNoteFr: optionalText(300),
  summaryAr: requiredText(2000),
  summaryFr: requiredText(2000),
  bodyAr: requiredText(50_000),
  bodyFr: requiredText(50_000),
  sourceNameAr: optionalText(300),
  sourceNameFr: optionalText(300),
  presentations: presentationsSchema,
};

function withStartsAt<T extends { startsAtDate: Date; startsAtTime: string }>(value: T, ctx: z.RefinementCtx) {
  const { startsAtDate, startsAtTime, ...rest } = value;
  const startsAt = zonedDateTimeToUtc(startsAtDate.toISOString().slice(0, 10), startsAtTime);
  // The same calendar range as every other date of the app (parseCalendarDate): 9999-12-31 is a typo.
  const year = startsAt?.getUTCFullYear();
  if (!startsAt || year === undefined || year < 1900 || year > 2100) {
    ctx.addIssue({ code: "custom", path: ["startsAtDate"], message: "invalidDate" });
    return z.NEVER;
  }
  return { ...rest, startsAt };
}

// Only a new event names its prefecture (a national user chooses it; lib/events/filing-prefecture.ts
// decides who may). An edit keeps the event where it was filed: its choices come from that prefecture.
export const eventInputSchema = z.object({ ...eventFields, prefectureId: optionalIdField() }).transform(withStartsAt);
export const eventUpdateSchema = z.object({ ...eventFields, version: versionField() }).transform(withStartsAt);

type ParsedPresentation = z.output<typeof eventInputSchema>["presentations"][number];
/** formRow: the form row a presentation came from, so a refusal is shown next to that row (optional for other callers). */
export type PresentationInput = Omit<ParsedPresentation, "formRow"> & { formRow?: number };
export type EventInput = Omit<z.output<typeof eventInputSchema>, "presentations" | "prefectureId"> & { presentations: PresentationInput[] };
/** A new event: prefectureId absent or null files it in the user's own prefecture (refused for a national user). */
export type EventCreateInput = EventInput & { prefectureId?: number | null };
export type EventUpdateInput = EventInput & { version: number };
