// Finds the header row of a sheet (exports write a title and the filters above it) and turns the rows
// below into records keyed by column. Unknown columns are ignored but reported; missing required columns
// stop the import before any row is checked.
import { columnForHeader, columnsOf, type ImportKind } from "@/lib/imports/columns";
import type { Sheet } from "@/lib/imports/read-file";

export type ImportRow = { line: number; values: Record<string, string> };

export type ImportTable =
  | { ok: true; rows: ImportRow[]; ignoredHeaders: string[] }
  | { ok: false; problem: { code: "missingColumns"; columns: string[] } | { code: "tooManyRows" } };

const HEADER_SEARCH_ROWS = 15;

// The CSV export writes a quote before a value that starts like a formula ("+212 661…", "=…"), so that a
// spreadsheet shows it as text (lib/exports/csv.ts). Reading the file back, that quote is not part of the
// value: without removing it a + phone number would be refused and a name would change.
const NEUTRALISED_FORMULA = /^'(?=[=+\-@\t\r])/;
const cellValue = (cell: string | undefined) => (cell ?? "").replace(NEUTRALISED_FORMULA, "").trim();

export function toImportTable(kind: ImportKind, sheet: Sheet, maxRows: number): ImportTable {
  const required = columnsOf(kind).filter((c) => c.required);
  // The header row is the first that names the most required columns (ties: the first).
  let best = { index: -1, found: 0 };
  sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const keys = new Set(row.cells.map((cell) => columnForHeader(kind, cell)?.key));
    const found = required.filter((c) => keys.has(c.key)).length;
    if (found > best.found) best = { index, found };
  });
  const headerRow = sheet.rows[best.index];
  const headerColumns = headerRow ? headerRow.cells.map((cell) => columnForHeader(kind, cell)) : [];
  const present = new Set(headerColumns.map((c) => c?.key));
  const missing = required.filter((c) => !present.has(c.key));
  if (!headerRow || missing.length > 0) {
    return { ok: false, problem: { code: "missingColumns", columns: missing.map((c) => c.key) } };
  }
  const dataRows = sheet.rows.slice(best.index + 1);
  if (dataRows.length > maxRows) return { ok: false, problem: { code: "tooManyRows" } };
  const rows = dataRows.map((row) => {
    const values: Record<string, string> = {};
    headerColumns.forEach((column, i) => {
      if (column) values[column.key] = cellValue(row.cells[i]);
    });
    return { line: row.line, values };
  });
  const ignoredHeaders = headerRow.cells.filter((cell, i) => cell.trim() !== "" && !headerColumns[i]);
  return { ok: true, rows, ignoredHeaders };
}
