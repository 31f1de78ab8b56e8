// The grant form, parsed into a GrantInput. Shared by the server action and tests; messages are
// Validation keys, so the schema stays locale-agnostic.
import { z } from "zod";
import { amountField, dateField, idField, optionalDateField, optionalIdField, parseCalendarDate, requiredText, versionField } from "@/lib/validation/fields";
import { parseDirhamsToCentimes } from "@/lib/format/parse-money";
import type { FormState } from "@/lib/actions/form-state";
import { GRANT_STATUSES } from "@/lib/grants/rules";
import type { GrantInput } from "@/lib/grants/types";

/** The repeated rows of the form, with the fields of one row. */
export const GRANT_ROWS = {
  partnerContributions: ["organisationId", "amount"],
  tranches: ["plannedOn", "amount", "paidOn"],
} as const;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * The form always offers empty rows to fill in; a row whose fields are all empty was not used and is
 * dropped before validation, so it neither errors nor is saved.
 */
export function dropBlankRows(rows: unknown): unknown {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) return rows;
  return rows.filter((row) => row && typeof row === "object" && !Object.values(row as Record<string, unknown>).every(isBlank));
}

const partnerRow = z.object({ organisationId: idField(), amount: amountField() });
const trancheRow = z.object({ plannedOn: dateField(), amount: amountField(), paidOn: optionalDateField() });

/** An empty beneficiary contribution means none: most cooperatives bring nothing but their work. */
const optionalAmount = () => z.preprocess((v) => (isBlank(v) ? "0" : v), amountField());

const grantFields = z.object({
  cooperativeId: idField(),
  programmeId: idField(),
  axisId: optionalIdField(),
  titleAr: requiredText(300),
  titleFr: requiredText(300),
  approvedOn: dateField(),
  status: z.enum(GRANT_STATUSES, { error: "required" }),
  totalCost: amountField(),
  indhContribution: amountField(),
  beneficiaryContribution: optionalAmount(),
  partnerContributions: z.preprocess(dropBlankRows, z.array(partnerRow).max(20, { error: "invalid" })),
  tranches: z.preprocess(dropBlankRows, z.array(trancheRow).max(20, { error: "invalid" })),
  // The acknowledgement checkbox submits the comma-separated codes of the warnings it was shown with.
  acknowledgeWarnings: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((code) => code.trim()).filter(Boolean) : [])),
});

type GrantFields = z.output<typeof grantFields>;

function toInput(v: GrantFields): GrantInput {
  return {
    cooperativeId: v.cooperativeId,
    programmeId: v.programmeId,
    axisId: v.axisId,
    titleAr: v.titleAr,
    titleFr: v.titleFr,
    approvedOn: v.approvedOn,
    status: v.status,
    totalCostCentimes: v.totalCost,
    indhContributionCentimes: v.indhContribution,
    beneficiaryContributionCentimes: v.beneficiaryContribution,
    partnerContributions: v.partnerContributions.map((p) => ({ organisationId: p.organisationId, amountCentimes: p.amount })),
    tranches: v.tranches.map((t) => ({ plannedOn: t.plannedOn, amountCentimes: t.amount, paidOn: t.paidOn })),
    acknowledgedWarnings: v.acknowledgeWarnings,
  };
}

export const createGrantSchema = grantFields.transform(toInput);

export const updateGrantSchema = grantFields
  .extend({ version: versionField() })
  .transform((v) => ({ ...toInput(v), version: v.version }));

/**
 * Renumbers the submitted rows without the blank ones ("tranches.3.amount" -> "tranches.1.amount"), before
 * parsing: the indices of schema and domain errors then match the names the form is re-rendered with.
 */
export function compactGrantRows(formData: FormData): FormData {
  const compacted = new FormData();
  // A crafted request may send anything: pass it on for runFormAction to refuse.
  if (!(formData instanceof FormData)) return formData;
  const rows: Record<string, Map<number, Map<string, string>>> = {};
  for (const [key, value] of formData.entries()) {
    const match = /^(partnerContributions|tranches)\.(\d+)\.(\w+)$/.exec(key);
    if (!match || typeof value !== "string") {
      compacted.append(key, value);
      continue;
    }
    const [, list, index, field] = match as unknown as [string, string, string, string];
    const byIndex = (rows[list] ??= new Map());
    if (!byIndex.has(Number(index))) byIndex.set(Number(index), new Map());
    byIndex.get(Number(index))!.set(field, value);
  }
  for (const [list, byIndex] of Object.entries(rows)) {
    const kept = [...byIndex.entries()].sort(([a], [b]) => a - b).filter(([, fields]) => ![...fields.values()].every(isBlank));
    kept.forEach(([, fields], i) => fields.forEach((value, field) => compacted.append(`${list}.${i}.${field}`, value)));
  }
  return compacted;
}

const AMOUNT_FIELD = /^(totalCost|indhContribution|beneficiaryContribution|(partnerContributions|tranches)\.\d+\.amount)$/;
const DATE_FIELD = /^(approvedOn|tranches\.\d+\.(plannedOn|paidOn))$/;

/**
 * Whether two strings of a field mean the same value: "500.000,00" and "500000.00" are one amount. A
 * version conflict then lists only the fields whose value really differs from what is stored.
 */
export function sameFormValue(field: string, a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  if (AMOUNT_FIELD.test(field)) {
    const [x, y] = [parseDirhamsToCentimes(a), parseDirhamsToCentimes(b)];
    return x !== null && x === y;
  }
  if (DATE_FIELD.test(field)) {
    const [x, y] = [parseCalendarDate(a.trim()), parseCalendarDate(b.trim())];
    return x !== null && x.getTime() === y?.getTime();
  }
  return false;
}

/** Keeps, in a conflict answer, only the changes that are real (see sameFormValue). */
export function withRealChanges(state: FormState): FormState {
  if (!state.conflict) return state;
  const changes = state.conflict.changes.filter((c) => !sameFormValue(c.field, c.theirs, c.yours));
  return { ...state, conflict: { ...state.conflict, changes } };
}

/** Marking one tranche paid (the convention page's button): which tranche, when, over which grant version. */
export const payTrancheSchema = z.object({
  position: z.string({ error: "required" }).regex(/^\d{1,3}$/, { error: "invalid" }).transform(Number),
  paidOn: dateField(),
  version: versionField(),
});
export type PayTrancheInput = z.output<typeof payTrancheSchema>;
