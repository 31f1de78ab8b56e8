import { localizedPath } from "@/lib/i18n/paths";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";

/**
 * A public page's canonical address in the language shown and its address in every language, for the
 * page's metadata (search engines then list each language's page, not one as a copy of the other).
 */
export function languageAlternates(locale: AppLocale, href: string) {
  const path = (l: AppLocale) => localizedPath(l, href);
  return { canonical: path(locale), languages: Object.fromEntries(LOCALES.map((l) => [l, path(l)])) as Record<AppLocale, string> };
}
