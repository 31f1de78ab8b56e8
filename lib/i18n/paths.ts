import type { AppLocale } from "@/lib/i18n/locales";

export type LocalizedHref = string | { pathname: string; query?: Record<string, string | number> };

/**
 * A page's address in a language: what next-intl's getPathname answers with this app's routing (every URL
 * carries its locale first, no translated pathnames; lib/i18n/paths.test.ts compares the two). Public server
 * code uses this instead: importing lib/i18n/navigation.ts on the server registers next-intl's client Link
 * as a client reference, and every public page then downloads it with next-intl's provider (15 kB gzip).
 */
export function localizedPath(locale: AppLocale, href: LocalizedHref): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const path = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  const search = query ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString() : "";
  return search ? `${path}?${search}` : path;
}
