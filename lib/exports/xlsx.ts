// XLSX export with exceljs (it writes and reads the format, so the tests read our own files back): one
// sheet per table, right-to-left sheets for Arabic, numbers stored as numbers with display formats.
import ExcelJS from "exceljs";
import { centimesToDecimalString } from "@/lib/format/money";
import type { ExportCell, ExportTable } from "@/lib/exports/export-table";

export const MONEY_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "#,##0";
export const SHARE_FORMAT = "0.0%";

// A double holds every integer below 2^53 exactly, so the number of centimes (hence the amount to the
// centime) survives; above that the amount is written as exact decimal text rather than rounded.
const SAFE_CENTIMES = 2n ** 53n;

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function cellValue(cell: ExportCell): { value: ExcelJS.CellValue; numFmt?: string } {
  switch (cell.kind) {
    case "text":
      // Strings are stored as text, never as formulas, so no neutralisation is needed here.
      return { value: cell.value };
    case "count":
      return { value: cell.value, numFmt: COUNT_FORMAT };
    case "money": {
      const decimal = centimesToDecimalString(cell.centimes);
      return abs(cell.centimes) < SAFE_CENTIMES ? { value: Number(decimal), numFmt: MONEY_FORMAT } : { value: decimal };
    }
    case "share":
      if (cell.whole === 0n) return { value: null };
      return { value: Number(cell.part) / Number(cell.whole), numFmt: SHARE_FORMAT };
  }
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique regardless of case. */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "Sheet";
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

function addSheet(workbook: ExcelJS.Workbook, table: ExportTable, name: string): void {
  const headerRow = 1 + table.notes.length + 2; // title, notes, an empty line, then the headers
  const sheet = workbook.addWorksheet(name, {
    views: [{ rightToLeft: table.dir === "rtl", state: "frozen", ySplit: headerRow }],
  });
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  for (const note of table.notes) sheet.addRow([note]);
  sheet.addRow([]);
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    const values = row.cells.map(cellValue);
    const added = sheet.addRow(values.map((v) => v.value));
    values.forEach((v, i) => {
      if (v.numFmt) added.getCell(i + 1).numFmt = v.numFmt;
    });
    if (row.total) added.font = { bold: true };
  }
  // Wide enough for the labels and for amounts such as 13,179,091.00 without "####".
  table.headers.forEach((_, i) => {
    sheet.getColumn(i + 1).width = i === 0 ? 40 : 20;
  });
}

export async function toXlsx(tables: ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const names = sheetNames(tables.map((t) => t.name));
  tables.forEach((table, i) => addSheet(workbook, table, names[i]!));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
