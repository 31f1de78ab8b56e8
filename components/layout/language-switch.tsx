"use client";

import { usePathname } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/locales";

const OTHER: Record<AppLocale, { locale: AppLocale; name: string }> = {
  ar: { locale: "fr", name: "Français" },
  fr: { locale: "ar", name: "العربية" },
};

/**
 * Links to the same page in the other language: a plain <a> (it works without JavaScript, and the other
 * language is a new document anyway, with its own lang and dir). A client component only because the root
 * layout does not know the page's path (reading the request would make every page dynamic); it uses Next's
 * own usePathname (already in the router's chunk) rather than next-intl's, so public pages load none of
 * next-intl's client code. Every URL carries its locale first (localePrefix "always").
 *
 * Drawn at the regular weight: "Français" on an Arabic page then shares the Latin 400 font file with the
 * Latin words of the content (an acronym, a call's reference) instead of fetching the bold one for itself
 * (6.7 kB, a tenth of an Arabic page's fonts).
 */
export function LanguageSwitch({ locale, label }: { locale: AppLocale; label: string }) {
  const pathname = usePathname() ?? `/${locale}`;
  const other = OTHER[locale];
  const rest = pathname.replace(/^\/(ar|fr)(?=\/|$)/, "");
  return (
    <a
      href={`/${other.locale}${rest}`}
      hrefLang={other.locale}
      lang={other.locale}
      aria-label={`${label}: ${other.name}`}
      className="rounded-md border border-brand-600 px-3 py-1 text-sm font-normal text-brand-800 hover:bg-brand-50"
    >
      {other.name}
    </a>
  );
}
