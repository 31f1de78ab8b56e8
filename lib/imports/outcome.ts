// What the preview says of each row, and the helpers both kinds of rows share.
import type { z } from "zod";

/** `code` is a Validation message key (or an Imports.issue key); `value` is what the cell held. */
export type RowIssue = { column: string; code: string; value?: string };

export type RowOutcome = {
  line: number;
  outcome: "new" | "update" | "unchanged" | "error";
  /** The record the row is about, for the preview: a register number, or a grant's title and date. */
  label: string;
  issues: RowIssue[];
  /** Eligibility warning codes (grants): they need acknowledging, as in the form. */
  warnings: string[];
};

export type CheckedRows<P> = { outcomes: RowOutcome[]; plan: P };

/** Collects a row's issues, one per column (the first found is the one to fix first). */
export class RowIssues {
  readonly list: RowIssue[] = [];
  add(column: string, code: string, value?: string) {
    if (!this.list.some((i) => i.column === column)) this.list.push({ column, code, ...(value ? { value } : {}) });
  }
  has(column: string) {
    return this.list.some((i) => i.column === column);
  }
  /** zod issues, their form field names turned into the file's columns. */
  addZod(issues: z.core.$ZodIssue[], columnOf: (field: string) => string) {
    for (const issue of issues) this.add(columnOf(issue.path.join(".")), issue.message);
  }
}

export const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

export function countOutcomes(outcomes: RowOutcome[]) {
  const count = (o: RowOutcome["outcome"]) => outcomes.filter((r) => r.outcome === o).length;
  return {
    totalRows: outcomes.length,
    newRows: count("new"),
    updatedRows: count("update"),
    unchangedRows: count("unchanged"),
    errorRows: count("error"),
    warningRows: outcomes.filter((r) => r.outcome !== "error" && r.warnings.length > 0).length,
  };
}
