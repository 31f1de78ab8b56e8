// The grant form's cooperative search: which cooperatives match what was typed, best first. Names in a
// prefecture nearly all start alike ("تعاونية ..."), so every typed word may match anywhere in either name or
// the register number, folded as in search (hamza, ة/ه, ى/ي, tatweel, diacritics, accents, case).
import { foldForSearch } from "@/lib/search/fold";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export type CooperativeCandidate = { id: number; nameAr: string; nameFr: string; registerNumber: string };
/** `label` in the page's language; `detail` the register number and the name in the other language. */
export type CooperativeSuggestion = { value: number; label: string; detail: string };

export const SUGGESTION_LIMIT = 10;

/** The folded words of a query; empty for a blank one. */
export const queryWords = (query: string): string[] => foldForSearch(query).split(" ").filter(Boolean);

// 0: the register number or a name starts with the query; 1: a word of a name does; 2: found inside.
function rank(words: string[], fields: string[]): number {
  const query = words.join(" ");
  if (fields.some((f) => f.startsWith(query))) return 0;
  if (fields.some((f) => f.split(" ").some((w) => w.startsWith(words[0] ?? "")))) return 1;
  return 2;
}

export function suggestCooperatives(query: string, candidates: CooperativeCandidate[], locale: AppLocale, limit = SUGGESTION_LIMIT): CooperativeSuggestion[] {
  const words = queryWords(query);
  const collator = new Intl.Collator(locale);
  return candidates
    .map((c) => {
      const fields = [c.registerNumber, c.nameAr, c.nameFr].map(foldForSearch);
      const haystack = fields.join(" | ");
      return { c, fields, matches: words.every((w) => haystack.includes(w)) };
    })
    .filter((x) => x.matches)
    .map(({ c, fields }) => ({ c, rank: words.length === 0 ? 0 : rank(words, fields), label: localized(locale, c.nameAr, c.nameFr) }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.label, b.label) || a.c.id - b.c.id)
    .slice(0, limit)
    .map(({ c, label }) => ({ value: c.id, label, detail: `${c.registerNumber} · ${localized(locale, c.nameFr, c.nameAr)}` }));
}
