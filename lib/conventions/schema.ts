// The convention forms, parsed into domain inputs. Messages are Validation keys (locale-agnostic).
import { z } from "zod";
import { dateField, optionalIdField, requiredText, versionField } from "@/lib/validation/fields";
import { dropBlankRows } from "@/lib/grants/schema";

export const MAX_MILESTONES = 20;

/** A reference as printed on the convention: letters, digits and dashes ("CONV-2026-001"). */
const referenceField = () =>
  requiredText(40)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9/-]*$/, { error: "convention.referenceFormat" }));

const milestoneRow = z.object({
  labelAr: requiredText(300),
  labelFr: requiredText(300),
  dueOn: dateField(),
  trancheId: optionalIdField(),
});

const conventionFields = z.object({
  reference: referenceField(),
  obligationsAr: requiredText(5000),
  obligationsFr: requiredText(5000),
  resultsAr: requiredText(5000),
  resultsFr: requiredText(5000),
  milestones: z.preprocess(dropBlankRows, z.array(milestoneRow).min(1, { error: "convention.milestoneRequired" }).max(MAX_MILESTONES, { error: "invalid" })),
});

export const createConventionSchema = conventionFields;
export const updateConventionSchema = conventionFields.extend({ version: versionField() });

export type ConventionInput = z.output<typeof createConventionSchema>;
export type ConventionUpdateInput = z.output<typeof updateConventionSchema>;

export const signConventionSchema = z.object({ signedOn: dateField(), version: versionField() });
export type SignConventionInput = z.output<typeof signConventionSchema>;

export const milestoneReachedSchema = z.object({
  milestoneId: z.string({ error: "required" }).regex(/^\d{1,9}$/, { error: "invalid" }).transform(Number),
  reachedOn: dateField(),
  version: versionField(),
});
export type MilestoneReachedInput = z.output<typeof milestoneReachedSchema>;

const isBlank = (value: string) => value.trim() === "";

/**
 * Renumbers the milestone rows without the blank ones before parsing, so the indices of errors match the
 * names the form is shown again with (as compactGrantRows does for the grant's rows).
 */
export function compactMilestoneRows(formData: FormData): FormData {
  if (!(formData instanceof FormData)) return formData; // a crafted call: runFormAction refuses it
  const compacted = new FormData();
  const rows = new Map<number, Map<string, string>>();
  for (const [key, value] of formData.entries()) {
    const match = /^milestones\.(\d{1,3})\.(\w+)$/.exec(key);
    if (!match || typeof value !== "string") {
      compacted.append(key, value);
      continue;
    }
    const index = Number(match[1]);
    if (!rows.has(index)) rows.set(index, new Map());
    rows.get(index)!.set(match[2]!, value);
  }
  const kept = [...rows.entries()].sort(([a], [b]) => a - b).filter(([, fields]) => ![...fields.values()].every(isBlank));
  kept.forEach(([, fields], i) => fields.forEach((value, field) => compacted.append(`milestones.${i}.${field}`, value)));
  return compacted;
}
