import type { AppLocale } from "@/lib/i18n/locales";

/** Picks the column of the reader's language from a record that stores both (nameAr / nameFr...). */
export function localized(locale: AppLocale, ar: string, fr: string): string {
  return locale === "ar" ? ar : fr;
}

export function localizedOrNull(locale: AppLocale, ar: string | null, fr: string | null): string | null {
  return locale === "ar" ? ar : fr;
}
