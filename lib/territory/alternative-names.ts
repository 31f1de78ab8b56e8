// A commune's other spellings (أصيلا, Asilah, Arzila...) are kept in one text column, separated by "|":
// short lists, only ever read whole, and a plain `contains` then finds a commune by any of them.
import { foldForSearch } from "@/lib/search/fold";

export const MAX_ALTERNATIVE_NAMES = 12;
export const MAX_ALTERNATIVE_NAME_LENGTH = 100;

/** What people type or paste: separated by "|", ",", "،" (Arabic comma), ";" or new lines. */
export function splitAlternativeNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[|,،;\n\r]+/)) {
    const name = part.trim().replace(/\s+/g, " ");
    const key = foldForSearch(name);
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export const joinAlternativeNames = (names: string[]) => names.join("|");

/** As a form or a spreadsheet shows them: readable in both directions. */
export const showAlternativeNames = (stored: string) => splitAlternativeNames(stored).join(" | ");
