// Checks cooperative rows with the form's schema and rules, and decides what each would do: create a
// cooperative, update the one with the same register number, or nothing (same values). Pure: the caller
// loads the references and existing cooperatives once.
import { cooperativeInputSchema, type CooperativeInput } from "@/lib/cooperatives/schema";
import type { ImportRow } from "@/lib/imports/table";
import type { ReferenceIndex } from "@/lib/imports/reference-index";
import { RowIssues, sameDate, type CheckedRows, type RowOutcome } from "@/lib/imports/outcome";

export type ExistingCooperative = CooperativeInput & { id: number; version: number };

export type CooperativePlan = {
  creates: { line: number; input: CooperativeInput }[];
  updates: { line: number; before: ExistingCooperative; input: CooperativeInput }[];
};

const COLUMN_OF_FIELD: Record<string, string> = { sectorId: "sector", communeId: "commune", placeId: "place" };
const columnOf = (field: string) => COLUMN_OF_FIELD[field] ?? field;

export function checkCooperativeRows(
  rows: ImportRow[],
  ref: ReferenceIndex,
  existing: Map<string, ExistingCooperative>,
): CheckedRows<CooperativePlan> {
  const plan: CooperativePlan = { creates: [], updates: [] };
  const firstLineOf = new Map<string, number>();
  const outcomes = rows.map((row): RowOutcome => {
    const v = row.values;
    const issues = new RowIssues();
    const lookup = (column: string, found: { ok: true; id: number } | { ok: false; code: string } | null) => {
      if (!found) return "";
      if (found.ok) return String(found.id);
      issues.add(column, found.code, v[column]);
      return "";
    };
    const sectorId = lookup("sector", v.sector ? ref.sector(v.sector) : null);
    const communeId = lookup("commune", v.commune ? ref.commune(v.commune) : null);
    const placeId = lookup("place", v.place && communeId ? ref.place(v.place, Number(communeId)) : null);
    const parsed = cooperativeInputSchema.safeParse({ ...v, sectorId, communeId, placeId });
    // A reference already reported (unknown commune) is not reported again as "required".
    if (!parsed.success) issues.addZod(parsed.error.issues, columnOf);

    const registerNumber = (v.registerNumber ?? "").trim();
    const label = registerNumber || `#${row.line}`;
    const firstLine = firstLineOf.get(registerNumber);
    if (registerNumber && firstLine !== undefined) issues.add("registerNumber", "duplicateInFile", String(firstLine));
    else if (registerNumber) firstLineOf.set(registerNumber, row.line);

    if (issues.list.length > 0 || !parsed.success) return { line: row.line, outcome: "error", label, issues: issues.list, warnings: [] };
    const input = parsed.data;
    const before = existing.get(input.registerNumber);
    if (!before) {
      plan.creates.push({ line: row.line, input });
      return { line: row.line, outcome: "new", label, issues: [], warnings: [] };
    }
    if (sameCooperative(before, input)) return { line: row.line, outcome: "unchanged", label, issues: [], warnings: [] };
    plan.updates.push({ line: row.line, before, input });
    return { line: row.line, outcome: "update", label, issues: [], warnings: [] };
  });
  return { outcomes, plan };
}

function sameCooperative(a: CooperativeInput, b: CooperativeInput): boolean {
  const keys = Object.keys(b) as (keyof CooperativeInput)[];
  return keys.every((k) => (k === "foundedOn" ? sameDate(a.foundedOn, b.foundedOn) : a[k] === b[k]));
}
