// CSV for spreadsheets: UTF-8 with a BOM (without it Excel reads Arabic as mojibake), RFC 4180 quoting
// and CRLF line ends, exact decimal dirhams ("13179091.00", never a float) and integer counts.
import { centimesToDecimalString } from "@/lib/format/money";
import { shareDecimalString, type ExportCell, type ExportTable } from "@/lib/exports/export-table";

export const CSV_BOM = "\uFEFF";
const EOL = "\r\n";

// A text cell starting with one of these is run as a formula by spreadsheets (CSV injection); a leading
// quote makes it plain text. Tab and CR are included as OWASP advises. Numbers we write ourselves are safe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function csvCell(cell: ExportCell): string {
  switch (cell.kind) {
    case "text":
      return quote(neutraliseFormula(cell.value));
    case "count":
      return String(Math.trunc(cell.value));
    case "money":
      return centimesToDecimalString(cell.centimes);
    case "share":
      return shareDecimalString(cell.part, cell.whole);
  }
}

function line(fields: string[]): string {
  return fields.join(",") + EOL;
}

/** All tables in one file, each preceded by its title and notes and followed by an empty line. */
export function toCsv(tables: ExportTable[]): string {
  let out = CSV_BOM;
  tables.forEach((table, index) => {
    if (index > 0) out += EOL;
    out += line([csvCell({ kind: "text", value: table.title })]);
    for (const note of table.notes) out += line([csvCell({ kind: "text", value: note })]);
    out += line(table.headers.map((h) => csvCell({ kind: "text", value: h })));
    for (const row of table.rows) out += line(row.cells.map(csvCell));
  });
  return out;
}
