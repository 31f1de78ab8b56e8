// The committee's forms as zod: shared by the server actions and the tests. Messages are Validation keys
// (the committee's own under Validation.committee.*), so the schemas stay locale-agnostic.
import { z } from "zod";
import { amountField, dateField, idField, optionalIdField, optionalText, requiredText, timeField, versionField } from "@/lib/validation/fields";
import { zonedDateTimeToUtc } from "@/lib/events/casablanca-time";

export const SESSION_STATUSES = ["PLANNED", "HELD"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const DECISIONS = ["APPROVED", "DEFERRED", "REJECTED"] as const;
export type Decision = (typeof DECISIONS)[number];

/** More names than any CPDH seats; each line is one member as the minutes print it. */
export const MAX_MEMBER_LINES = 60;
/** How many applications one "add to the agenda" form may name: a crafted request cannot send thousands. */
export const MAX_ITEMS_PER_ADD = 200;

const membersField = () =>
  requiredText(6000).transform((text, ctx) => {
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (lines.length > MAX_MEMBER_LINES) {
      ctx.addIssue({ code: "custom", message: "committee.tooManyMembers" });
      return z.NEVER;
    }
    if (lines.some((line) => line.length > 200)) {
      ctx.addIssue({ code: "custom", message: "tooLong" });
      return z.NEVER;
    }
    return lines.join("\n");
  });

const sessionFields = {
  heldOnDate: dateField(),
  heldOnTime: timeField(),
  placeAr: requiredText(200),
  placeFr: requiredText(200),
  chairAr: requiredText(200),
  chairFr: requiredText(200),
  membersPresent: membersField(),
  notesAr: optionalText(5000).transform((v) => v ?? ""),
  notesFr: optionalText(5000).transform((v) => v ?? ""),
};

// The date and time are typed in Morocco time and stored as the UTC instant (as events are).
function withHeldOn<T extends { heldOnDate: Date; heldOnTime: string }>(value: T, ctx: z.RefinementCtx) {
  const { heldOnDate, heldOnTime, ...rest } = value;
  const heldOn = zonedDateTimeToUtc(heldOnDate.toISOString().slice(0, 10), heldOnTime);
  if (!heldOn) {
    ctx.addIssue({ code: "custom", path: ["heldOnDate"], message: "invalidDate" });
    return z.NEVER;
  }
  return { ...rest, heldOn };
}

// Only a new session names its prefecture (a national user chooses whose CPDH meets, as for events and calls).
export const sessionInputSchema = z.object({ ...sessionFields, prefectureId: optionalIdField() }).transform(withHeldOn);
export const sessionUpdateSchema = z.object({ ...sessionFields, version: versionField() }).transform(withHeldOn);
export type SessionInput = Omit<z.output<typeof sessionInputSchema>, "prefectureId">;
export type SessionUpdateInput = z.output<typeof sessionUpdateSchema>;

/** Checkboxes named applicationIds.N (one per eligible application ticked). */
export const addItemsSchema = z.object({
  applicationIds: z
    .array(idField(), { error: "committee.pickApplications" })
    .min(1, { error: "committee.pickApplications" })
    .max(MAX_ITEMS_PER_ADD, { error: "invalid" })
    .transform((ids) => [...new Set(ids)]),
});

export const addCallSchema = z.object({ callId: idField() });

/** The session's version: marking it held is checked against the page the user saw. */
export const versionOnlySchema = z.object({ version: versionField() });

/** Buttons that carry nothing but the ids bound into their action (re-rank, undo a decision). */
export const buttonOnlySchema = z.object({});

export const publishResultsSchema = z.object({ callId: idField() });

/**
 * One decision. The amount is required (and checked against the request by the domain) only for an
 * approval, a reason only for a rejection; a partner organisation only when the application counted on
 * partners (lib/committee/grant-from-application.ts). Fields that do not belong to the chosen decision are
 * ignored, so switching the radio buttons never leaves a stale error.
 */
export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: "committee.pickDecision" }),
    approvedAmount: z.string().trim().max(40, { error: "tooLong" }).optional(),
    reason: optionalText(2000),
    partnerOrganisationId: optionalIdField(),
    acknowledgeWarnings: z.string().max(200).optional().transform((v) => (v ? v.split(",").map((c) => c.trim()).filter(Boolean) : [])),
  })
  .transform((v, ctx) => {
    if (v.decision === "REJECTED" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "committee.reasonRequired" });
      return z.NEVER;
    }
    if (v.decision !== "APPROVED") return { decision: v.decision, reason: v.reason, approvedAmountCentimes: null, partnerOrganisationId: null, acknowledgedWarnings: [] };
    const amount = amountField().safeParse(v.approvedAmount ?? "");
    if (!amount.success) {
      ctx.addIssue({ code: "custom", path: ["approvedAmount"], message: amount.error.issues[0]?.message ?? "invalid" });
      return z.NEVER;
    }
    return { decision: v.decision, reason: v.reason, approvedAmountCentimes: amount.data, partnerOrganisationId: v.partnerOrganisationId, acknowledgedWarnings: v.acknowledgeWarnings };
  });
export type DecisionInput = z.output<typeof decisionSchema>;
