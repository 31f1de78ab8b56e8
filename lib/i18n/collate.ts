import type { AppLocale } from "@/lib/i18n/locales";

// Lists of names are sorted the way the reader's language sorts them: "Éducation" among the E in French,
// آ/أ/إ with ا in Arabic. A database's ORDER BY compares code points (SQLite) or follows the server's
// collation (PostgreSQL), so neither gives this, and both would not give the same order.
const collators = new Map<AppLocale, Intl.Collator>();

export function collatorFor(locale: AppLocale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** A copy of `items` sorted by the text `nameOf` gives, in the language's own order. */
export function sortByName<T>(items: readonly T[], locale: AppLocale, nameOf: (item: T) => string): T[] {
  const collator = collatorFor(locale);
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
