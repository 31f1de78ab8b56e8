"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";

const OTHER: Record<AppLocale, { locale: AppLocale; name: string }> = {
  ar: { locale: "fr", name: "Français" },
  fr: { locale: "ar", name: "العربية" },
};

/** Links to the same page in the other language (a plain link: it works without JavaScript). */
export function LanguageSwitch({ label }: { label: string }) {
  const current = useLocale() as AppLocale;
  const pathname = usePathname();
  const other = OTHER[current];
  return (
    <Link
      href={pathname}
      locale={other.locale}
      hrefLang={other.locale}
      lang={other.locale}
      aria-label={`${label}: ${other.name}`}
      className="rounded-md border border-brand-600 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50"
    >
      {other.name}
    </Link>
  );
}
