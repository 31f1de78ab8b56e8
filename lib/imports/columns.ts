// The columns of the spreadsheets a prefecture imports and exports, with their headers in both languages.
// A file may use either language's headers (or mix them); the list exports write the reader's language,
// so an export re-imports as it is. References (sector, commune, programme...) are written as names or
// codes, never as database ids, which mean nothing in a spreadsheet.
import { foldForSearch } from "@/lib/search/fold";

export const IMPORT_KINDS = ["cooperatives", "grants"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isImportKind = (value: string): value is ImportKind => (IMPORT_KINDS as readonly string[]).includes(value);

export type Column = { key: string; fr: string; ar: string; required: boolean };

const column = (key: string, fr: string, ar: string, required = true): Column => ({ key, fr, ar, required });

export const COOPERATIVE_COLUMNS: Column[] = [
  column("registerNumber", "N° d'immatriculation", "رقم التسجيل"),
  column("nameAr", "Nom en arabe", "الاسم بالعربية"),
  column("nameFr", "Nom en français", "الاسم بالفرنسية"),
  column("sector", "Secteur", "القطاع"),
  column("commune", "Commune", "الجماعة"),
  column("place", "Arrondissement ou lieu", "المقاطعة أو المكان", false),
  column("foundedOn", "Date de création", "تاريخ التأسيس", false),
  column("members", "Membres", "عدد الأعضاء"),
  column("womenMembers", "Femmes membres", "عدد النساء الأعضاء"),
  column("youngMembers", "Jeunes membres", "عدد الشباب الأعضاء"),
  column("contactName", "Personne à contacter", "الشخص المخاطب", false),
  column("contactPhone", "Téléphone", "الهاتف", false),
  column("contactEmail", "E-mail", "البريد الإلكتروني", false),
];

export const GRANT_COLUMNS: Column[] = [
  column("cooperative", "N° d'immatriculation de la coopérative", "رقم تسجيل التعاونية"),
  column("programme", "Programme (phase.numéro)", "البرنامج (المرحلة.الرقم)"),
  column("axis", "Axe", "المحور", false),
  column("titleAr", "Intitulé en arabe", "العنوان بالعربية"),
  column("titleFr", "Intitulé en français", "العنوان بالفرنسية"),
  column("approvedOn", "Date d'approbation", "تاريخ المصادقة"),
  column("status", "Statut", "الحالة"),
  column("totalCost", "Coût total (DH)", "الكلفة الإجمالية (درهم)"),
  column("indhContribution", "Contribution INDH (DH)", "مساهمة المبادرة (درهم)"),
  column("beneficiaryContribution", "Contribution des bénéficiaires (DH)", "مساهمة المستفيدين (درهم)", false),
];

/** Cells kept exactly as written; every other cell has its Arabic-keyboard digits read as ASCII (normalizeDigits). */
export const FREE_TEXT_COLUMNS = new Set(["nameAr", "nameFr", "titleAr", "titleFr", "contactName"]);

/** Every header a column is recognised by, the reader's language first (for the missing-column message). */
export const acceptedHeaders = (c: Column, locale: "ar" | "fr"): [string, string] => (locale === "ar" ? [c.ar, c.fr] : [c.fr, c.ar]);

/** The column of a key ("members", "partner2Amount"), for naming a missing column by its headers. */
export function columnOfKey(kind: ImportKind, key: string): Column | undefined {
  const pair = /^partner(\d+)(Amount)?$/.exec(key);
  if (pair) return partnerColumns(Number(pair[1]))[pair[2] ? 1 : 0];
  return columnsOf(kind, 0).find((c) => c.key === key);
}

/** Partner contributions are pairs of columns, numbered from 1: as many pairs as a file needs. */
export const partnerColumns = (n: number): [Column, Column] => [
  column(`partner${n}`, `Partenaire ${n}`, `الشريك ${n}`, false),
  column(`partner${n}Amount`, `Montant partenaire ${n} (DH)`, `مساهمة الشريك ${n} (درهم)`, false),
];
/** The template offers three pairs; a file may add more (up to the form's 20). */
export const TEMPLATE_PARTNER_PAIRS = 3;
export const MAX_PARTNER_PAIRS = 20;

export function columnsOf(kind: ImportKind, partnerPairs = TEMPLATE_PARTNER_PAIRS): Column[] {
  if (kind === "cooperatives") return COOPERATIVE_COLUMNS;
  return [...GRANT_COLUMNS, ...Array.from({ length: partnerPairs }, (_, i) => partnerColumns(i + 1)).flat()];
}

export const headerOf = (c: Column, locale: "ar" | "fr") => (locale === "ar" ? c.ar : c.fr);

/** Headers compare folded: case, accents, Arabic diacritics and spacing do not matter. */
export const foldHeader = (header: string) => foldForSearch(header).replace(/\s*([().'’])\s*/g, "$1").replace(/[’]/g, "'");

/** The column a header names, in either language, for this kind (partner pairs of any number). */
export function columnForHeader(kind: ImportKind, header: string): Column | undefined {
  const folded = foldHeader(header);
  if (folded === "") return undefined;
  const fixed = kind === "cooperatives" ? COOPERATIVE_COLUMNS : GRANT_COLUMNS;
  const found = fixed.find((c) => foldHeader(c.fr) === folded || foldHeader(c.ar) === folded || c.key.toLowerCase() === folded);
  if (found || kind === "cooperatives") return found;
  for (let n = 1; n <= MAX_PARTNER_PAIRS; n++) {
    const pair = partnerColumns(n).find((c) => foldHeader(c.fr) === folded || foldHeader(c.ar) === folded || c.key.toLowerCase() === folded);
    if (pair) return pair;
  }
  return undefined;
}
