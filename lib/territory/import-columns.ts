// The columns of a commune spreadsheet, with headers in both languages (a file may use either). The
// prefecture column is a national admin's: a prefecture admin's rows go into their own prefecture.
import { foldHeader, type Column } from "@/lib/imports/columns";
import type { Sheet } from "@/lib/imports/read-file";
import type { ImportRow } from "@/lib/imports/table";

const column = (key: string, fr: string, ar: string, required = true): Column => ({ key, fr, ar, required });

export const COMMUNE_COLUMNS: Column[] = [
  column("prefecture", "Code de la préfecture ou province", "رمز العمالة أو الإقليم", false),
  column("code", "Code de la commune", "رمز الجماعة"),
  column("nameAr", "Nom en arabe", "الاسم بالعربية"),
  column("nameFr", "Nom en français", "الاسم بالفرنسية"),
  column("legalStatus", "Statut juridique", "الصفة القانونية"),
  column("setting", "Milieu", "الوسط"),
  column("alternativeNames", "Autres graphies", "تسميات أخرى", false),
];

/** Communes of the whole country are about 1,500: a file of more is a mistake. */
export const MAX_COMMUNE_ROWS = 2_000;

export const communeColumnsFor = (isNational: boolean) => (isNational ? COMMUNE_COLUMNS : COMMUNE_COLUMNS.filter((c) => c.key !== "prefecture"));

function columnFor(header: string): Column | undefined {
  const folded = foldHeader(header);
  if (folded === "") return undefined;
  return COMMUNE_COLUMNS.find((c) => foldHeader(c.fr) === folded || foldHeader(c.ar) === folded || c.key.toLowerCase() === folded);
}

export type CommuneTable = { ok: true; rows: ImportRow[] } | { ok: false; problem: { code: "missingColumns"; columns: string[]; headers: string[] } | { code: "tooManyRows" } };

/** The header row is the first of the first 15 naming the most required columns (exports put a title above). */
export function toCommuneTable(sheet: Sheet): CommuneTable {
  const required = COMMUNE_COLUMNS.filter((c) => c.required);
  let best = { index: -1, found: 0 };
  sheet.rows.slice(0, 15).forEach((row, index) => {
    const keys = new Set(row.cells.map((cell) => columnFor(cell)?.key));
    const found = required.filter((c) => keys.has(c.key)).length;
    if (found > best.found) best = { index, found };
  });
  const header = sheet.rows[best.index]?.cells.map(columnFor) ?? [];
  const missing = required.filter((c) => !header.some((h) => h?.key === c.key));
  if (best.index < 0 || missing.length > 0) {
    // The file's own headers, to show beside the missing columns: the best row, or the first one.
    const headers = (sheet.rows[Math.max(best.index, 0)]?.cells ?? []).filter((cell) => cell.trim() !== "");
    return { ok: false, problem: { code: "missingColumns", columns: missing.map((c) => c.key), headers } };
  }
  const data = sheet.rows.slice(best.index + 1);
  if (data.length > MAX_COMMUNE_ROWS) return { ok: false, problem: { code: "tooManyRows" } };
  return {
    ok: true,
    rows: data.map((row) => {
      const values: Record<string, string> = {};
      header.forEach((c, i) => {
        if (c) values[c.key] = (row.cells[i] ?? "").trim();
      });
      return { line: row.line, values };
    }),
  };
}
