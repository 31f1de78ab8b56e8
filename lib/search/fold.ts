// Search must find "Coopérative" from "cooperative" and "تعاونيّة" from "تعاونية". Text is folded the same
// way when it is stored (searchText columns) and when it is searched, so a plain `contains` works on both
// SQLite and PostgreSQL without provider-specific collations.

import { normalizeDigits } from "@/lib/format/digits";

const LATIN_ACCENTS = /[\u0300-\u036f]/g;
// Arabic short vowels, shadda, sukun, hamza marks left by NFKD, dagger alef, Quranic marks and tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

export function foldForSearch(text: string): string {
  // Digits too: "٢٠٢٤" and "۲۰۲۴" find "2024" (lib/format/digits.ts).
  return normalizeDigits(text)
    .normalize("NFKD")
    .replace(LATIN_ACCENTS, "")
    .replace(ARABIC_MARKS, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The searchText of a record: its searchable fields folded and joined. */
export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => Boolean(p)).map(foldForSearch).join(" | ");
}
