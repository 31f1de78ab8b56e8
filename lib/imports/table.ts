// Finds the header row of a sheet (exports write a title and the filters above it) and turns the rows
// below into records keyed by column. Unknown columns are ignored but reported; missing required columns
// stop the import before any row is checked.
import { columnForHeader, columnsOf, FREE_TEXT_COLUMNS, type ImportKind } from "@/lib/imports/columns";
import type { CsvQuoteProblem, Sheet } from "@/lib/imports/read-file";
import { normalizeDigits } from "@/lib/format/digits";

export type ImportRow = { line: number; values: Record<string, string> };

/** A CSV line that cannot be read cleanly: a quote problem, or a row with more or fewer cells than the header. */
export type CsvLineProblem = CsvQuoteProblem | { line: number; code: "tooManyCells" | "tooFewCells"; cells: number; expected: number };

export type TableProblem =
  /** `columns`: the missing columns' keys (named to the user by their headers); `headers`: the file's own. */
  | { code: "missingColumns"; columns: string[]; headers: string[] }
  | { code: "csvMalformed"; lines: CsvLineProblem[] }
  | { code: "tooManyRows" };

export type ImportTable = { ok: true; rows: ImportRow[]; ignoredHeaders: string[] } | { ok: false; problem: TableProblem };

/** At most this many bad lines are reported: enough to see the pattern, short enough to read. */
export const MAX_REPORTED_LINES = 10;

const HEADER_SEARCH_ROWS = 15;

// The CSV export writes a quote before a value that starts like a formula ("+212 661…", "=…"), so that a
// spreadsheet shows it as text (lib/exports/csv.ts). Reading the file back, that quote is not part of the
// value: without removing it a + phone number would be refused and a name would change.
const NEUTRALISED_FORMULA = /^'(?=[=+\-@\t\r])/;
const cellValue = (cell: string | undefined) => (cell ?? "").replace(NEUTRALISED_FORMULA, "").trim();

export function toImportTable(kind: ImportKind, sheet: Sheet, maxRows: number): ImportTable {
  const quoteProblems = sheet.csv?.quoteProblems ?? [];
  if (quoteProblems.length > 0) return { ok: false, problem: { code: "csvMalformed", lines: quoteProblems.slice(0, MAX_REPORTED_LINES) } };
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
    // The file's own headers, so the message can say what was found: the likeliest header row, else the first.
    const headers = (headerRow ?? sheet.rows[0])?.cells.map((c) => c.trim()).filter((c) => c !== "") ?? [];
    return { ok: false, problem: { code: "missingColumns", columns: missing.map((c) => c.key), headers } };
  }
  const dataRows = sheet.rows.slice(best.index + 1);
  if (dataRows.length > maxRows) return { ok: false, problem: { code: "tooManyRows" } };
  if (sheet.csv) {
    const ragged = raggedLines(headerRow.cells.length, dataRows);
    if (ragged.length > 0) return { ok: false, problem: { code: "csvMalformed", lines: ragged } };
  }
  const rows = dataRows.map((row) => {
    const values: Record<string, string> = {};
    headerColumns.forEach((column, i) => {
      // Digits typed on an Arabic keyboard (٠-٩, ۰-۹, ٫ ٬) read as ASCII; names and titles stay as written.
      if (column) values[column.key] = FREE_TEXT_COLUMNS.has(column.key) ? cellValue(row.cells[i]) : normalizeDigits(cellValue(row.cells[i]));
    });
    return { line: row.line, values };
  });
  const ignoredHeaders = headerRow.cells.filter((cell, i) => cell.trim() !== "" && !headerColumns[i]);
  return { ok: true, rows, ignoredHeaders };
}

/**
 * CSV rows whose cells do not line up with the header: an unquoted comma in a name, a lost separator. Their
 * values would land in the wrong columns and be reported as misleading field errors. Empty cells past the
 * header's width count too: a shifted row often ends in empty optional cells, and Excel never writes them.
 */
function raggedLines(expected: number, rows: Sheet["rows"]): CsvLineProblem[] {
  const problems: CsvLineProblem[] = [];
  for (const row of rows) {
    const cells = row.cells.length;
    if (cells === expected) continue;
    problems.push({ line: row.line, code: cells > expected ? "tooManyCells" : "tooFewCells", cells, expected });
    if (problems.length === MAX_REPORTED_LINES) break;
  }
  return problems;
}
