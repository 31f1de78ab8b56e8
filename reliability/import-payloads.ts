// Hostile spreadsheets for the import: files the reader must refuse outright (encoding, NUL, size, rows,
// damaged or formula-laden XLSX, missing columns, unknown type) and well-formed files in which EVERY data
// row carries a poison cell (so the preview must mark every row as an error and a confirmation must refuse).
import ExcelJS from "exceljs";
import type { Rng } from "./prng";
import { columnsOf, type ImportKind } from "@/lib/imports/columns";
import { csvFile, xlsxFile, xlsxWithWholeSheetMerge } from "@/lib/imports/test-files";
import { BROKEN_UTF8, FILLERS, HUGE } from "./hostile-values";

export type ImportPayload = {
  label: string; kind: ImportKind; fileName: string; bytes: Uint8Array; refusedOutright: boolean;
  /** The poison of each data row by its line in the file (the header is line 1). */
  poisonByLine?: Map<number, string>;
};

/** References the generated rows use: A's valid ones, and B's that A must not be able to name. */
export type ImportRefs = { homeCooperative: string; otherCommune: string; otherPlace: string; otherCooperative: string; otherOrganisation: string };

const OVERFLOW = "9999999999999999999999999999";

// registerNumber, nameAr, nameFr, sector, commune, place, foundedOn, members, women, young, contact, phone, email
const cooperativeRow = (n: number) => [`REL-IMP-${n}`, `تعاونية ${n}`, `Coopérative ${n}`, "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""];
const cooperativePoisons = (r: ImportRefs): [number, string][] => [
  [0, ""], [0, "x".repeat(51)], [1, HUGE], [3, "<script>alert(1)</script>"], [3, "Secteur inconnu"], [4, r.otherCommune], [4, `'; DROP TABLE "Commune"; --`],
  [4, ""], [5, r.otherPlace], [6, "31/02/2020"], [6, "9999-12-31"], [6, "hier"], [7, "-3"], [7, "1e309"], [7, "9223372036854775808"], [7, "12,34,56"],
  [7, ""], [8, "999"], [8, "-1"], [9, "NaN"], [11, "<script>"], [12, "not-an-email"],
];

// cooperative, programme, axis, titleAr, titleFr, approvedOn, status, total, indh, beneficiaries, partner 1, amount 1, partner 2, amount 2
const grantRow = (r: ImportRefs, n: number) => [r.homeCooperative, "3.3", "", `مشروع ${n}`, `Projet ${n}`, "01/06/2024", "Approuvé", "500.000,00", "250 000", "150 000 DH", "ODCO", "100.000,00", "", ""];
const grantPoisons = (r: ImportRefs): [number, string][] => [
  [0, r.otherCooperative], [0, "INCONNUE-1"], [0, ""], [1, "9.9"], [1, "3.3'; DROP TABLE"], [1, ""], [2, "Axe inconnu"], [3, HUGE], [5, "31/02/2024"],
  [5, "0000-01-01"], [6, "<script>"], [6, ""], [7, "-1"], [7, "abc"], [7, "1e309"], [8, "600.000,00"], [9, "-150 000"], [10, r.otherOrganisation],
  [10, "Personne"], [11, "-5"], [11, OVERFLOW], [12, "ODCO"],
];

/** A data row with hostile fillers in its free-text cells and one (or two) poison cells. */
function poisonedRow(rng: Rng, kind: ImportKind, refs: ImportRefs, n: number): { row: string[]; poison: string } {
  const row = kind === "cooperatives" ? cooperativeRow(n) : grantRow(refs, n);
  const texts = kind === "cooperatives" ? [1, 2, 10] : [3, 4];
  for (const i of texts) if (rng.chance(0.4)) row[i] = rng.pick(FILLERS).slice(0, 200);
  if (kind === "grants" && rng.chance(0.15)) {
    // Consistent amounts beyond 64 bits: the sums hold, only an upper bound can refuse them.
    Object.assign(row, { 7: OVERFLOW, 8: OVERFLOW, 9: "0", 10: "", 11: "" });
    return { row, poison: "overflowing amounts" };
  }
  const poisons = kind === "cooperatives" ? cooperativePoisons(refs) : grantPoisons(refs);
  const chosen = rng.sample(poisons, rng.chance(0.3) ? 2 : 1);
  for (const [i, value] of chosen) row[i] = value;
  return { row, poison: chosen.map(([i, v]) => `column ${i + 1}=${v.slice(0, 30)}`).join(" and ") };
}

const headers = (kind: ImportKind, rng: Rng) => columnsOf(kind, 2).map((c) => (rng.chance(0.5) ? c.fr : c.ar));
const HOSTILE_NAMES = ["../../../etc/passwd.csv", "<script>alert(1)</script>.csv", `${"x".repeat(300)}.csv`, "con.csv", "a\u0000b.csv", "\u202Eslx.csv", "rapport.csv"];

async function xlsxWithFormula(kind: ImportKind, rng: Rng, refs: ImportRefs): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Data");
  sheet.addRow(headers(kind, rng));
  const row = kind === "cooperatives" ? cooperativeRow(1) : grantRow(refs, 1);
  sheet.addRow(row.map((cell, i) => (i === 7 ? { formula: 'HYPERLINK("http://evil.example","12")' } : cell)));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Files refused before any row is read: each with the reason the reader must give. */
async function unreadableFile(rng: Rng, kind: ImportKind, refs: ImportRefs): Promise<Omit<ImportPayload, "kind" | "refusedOutright">> {
  const header = headers(kind, rng).join(",");
  const latin1 = new Uint8Array([...new TextEncoder().encode(`${header}\r\nREL-1,`), 0x43, 0x6f, 0x6f, 0x70, 0xe9, 0x72, 0x61, 0x74, 0x69, 0x76, 0x65]);
  const cases: [string, string, () => Uint8Array | Promise<Uint8Array>][] = [
    ["Latin-1 bytes (not UTF-8)", "coops.csv", () => latin1],
    ["UTF-16 with a BOM", "coops.csv", () => new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode(header)).flatMap((b) => [b, 0])])],
    ["a NUL byte", "coops.csv", () => new TextEncoder().encode(`${header}\r\nREL\u0000-1,x\r\n`)],
    ["empty", "coops.csv", () => new Uint8Array(0)],
    ["blank lines only", "coops.csv", () => new TextEncoder().encode("\r\n \r\n,,,\r\n")],
    ["an executable name", "coops.exe", () => new TextEncoder().encode(header)],
    ["a double extension", "coops.csv.exe", () => new TextEncoder().encode(header)],
    ["a damaged XLSX (zip header, junk)", "coops.xlsx", () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, () => rng.int(0, 255))])],
    ["CSV text named .xlsx", "coops.xlsx", () => new TextEncoder().encode(header)],
    ["over 10 MB", "coops.csv", () => new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41)],
    ["over 20,000 rows", "coops.csv", () => new TextEncoder().encode(`${header}\n${"a,b\n".repeat(20_030)}`)],
    ["missing required columns", "coops.csv", () => csvFile([["<script>", "Nom en arabe"], ["x", "y"]])],
    ["a formula in a cell", "coops.xlsx", () => xlsxWithFormula(kind, rng, refs)],
    ["an XLSX crafted to exhaust exceljs's memory (a merged range over the whole sheet)", "coops.xlsx", () => xlsxWithWholeSheetMerge()],
    ["broken UTF-8 decoded and re-encoded as a header", "coops.csv", () => csvFile([[BROKEN_UTF8, BROKEN_UTF8], ["x", "y"]])],
  ];
  const [label, fileName, make] = rng.pick(cases);
  return { label, fileName, bytes: await make() };
}

export async function generateImport(rng: Rng, refs: ImportRefs): Promise<ImportPayload> {
  const kind: ImportKind = rng.chance(0.5) ? "cooperatives" : "grants";
  if (rng.chance(0.3)) return { ...(await unreadableFile(rng, kind, refs)), kind, refusedOutright: true };
  const generated = Array.from({ length: rng.int(1, 25) }, (_, i) => poisonedRow(rng, kind, refs, i + 1));
  const rows = generated.map((g) => g.row);
  const poisonByLine = new Map(generated.map((g, i) => [i + 2, g.poison]));
  const table = [headers(kind, rng), ...rows];
  const asXlsx = rng.chance(0.3);
  const fileName = rng.chance(0.3) ? rng.pick(HOSTILE_NAMES).replace(/\.csv$/, asXlsx ? ".xlsx" : ".csv") : asXlsx ? "import.xlsx" : "import.csv";
  const bytes = asXlsx ? await xlsxFile(table) : csvFile(table, rng.pick([",", ";", "\t"]));
  return { label: `${rows.length} poisoned ${kind} rows (${asXlsx ? "XLSX" : "CSV"})`, kind, fileName, bytes, refusedOutright: false, poisonByLine };
}
