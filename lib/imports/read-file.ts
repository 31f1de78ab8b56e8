// Reads an uploaded CSV or XLSX file into rows of text cells, or says in one code why it cannot: papaparse
// for CSV (quotes, embedded line breaks, comma or semicolon as French Excel writes), exceljs for XLSX (in a
// worker thread, one at a time, after a check of what the file unpacks to: lib/imports/read-xlsx.ts).
// No "server-only": tests and the benchmark read files too.
import Papa from "papaparse";
import { readXlsx } from "@/lib/imports/read-xlsx";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;

export type FileProblem =
  | { code: "tooLarge" | "unsupportedType" | "notUtf8" | "unreadable" | "empty" | "tooManyRows" | "tooComplex" | "unpackedTooLarge" | "busy" }
  | { code: "formulas"; cells: string[] };

/** `line` is the row number a spreadsheet shows (1-based, counting the rows above the data). */
export type SheetRow = { line: number; cells: string[] };
/** What papaparse could not read cleanly in a CSV: a quote opened and never closed, or a malformed one. */
export type CsvQuoteProblem = { line: number; code: "unclosedQuote" | "malformedQuote" };
/** `csv` only for a CSV file: its rows may then be ragged (XLSX cells always sit in their column). */
export type Sheet = { rows: SheetRow[]; csv?: { quoteProblems: CsvQuoteProblem[] } };

export type ReadResult = { ok: true; sheet: Sheet } | { ok: false; problem: FileProblem };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, problem: { code: "tooLarge" } };
  if (bytes.byteLength === 0) return { ok: false, problem: { code: "empty" } };
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  let result: ReadResult;
  if (extension === "xlsx" || (extension !== "csv" && extension !== "txt" && isZip(bytes))) result = await readXlsx(bytes);
  else if (extension === "csv" || extension === "txt") result = readCsv(bytes);
  else return { ok: false, problem: { code: "unsupportedType" } };
  if (!result.ok) return result;
  const rows = result.sheet.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (rows.length === 0) return { ok: false, problem: { code: "empty" } };
  if (rows.length > MAX_ROWS + 20) return { ok: false, problem: { code: "tooManyRows" } };
  return { ok: true, sheet: { ...result.sheet, rows } };
}

function readCsv(bytes: Uint8Array): ReadResult {
  let text: string;
  try {
    // fatal: a file saved in another encoding (Windows-1256 Arabic, Latin-1) is refused, not garbled.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: "notUtf8" } };
  }
  if (text.includes("\u0000")) return { ok: false, problem: { code: "unsupportedType" } };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [",", ";", "\t"] });
  // A quote problem makes papaparse swallow the following lines into one cell: kept, so the import reports
  // the line rather than the field errors of a row that is no longer what the file says.
  const quoteProblems: CsvQuoteProblem[] = [];
  for (const error of parsed.errors) {
    if (error.type !== "Quotes" || error.row === undefined) continue;
    const code = error.code === "MissingQuotes" ? "unclosedQuote" : "malformedQuote";
    if (!quoteProblems.some((p) => p.line === error.row! + 1)) quoteProblems.push({ line: error.row + 1, code });
  }
  return { ok: true, sheet: { rows: parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map(String) })), csv: { quoteProblems } } };
}
