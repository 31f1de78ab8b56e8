import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { ServerLink } from "@/lib/i18n/server-link";
import { LanguageSwitch } from "@/components/layout/language-switch";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <ServerLink href="/" className="flex flex-col leading-tight text-brand-800 no-underline">
          <span className="text-lg font-bold">{t("Common.appName")}</span>
          <span className="text-sm text-slate-700">{t("Common.appTagline")}</span>
        </ServerLink>
        <nav aria-label={t("Nav.label")} className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
          <ServerLink href="/" className="text-brand-800 hover:underline">
            {t("Nav.home")}
          </ServerLink>
          <ServerLink href="/events" className="text-brand-800 hover:underline">
            {t("Nav.events")}
          </ServerLink>
          <ServerLink href="/results" className="text-brand-800 hover:underline">
            {t("Nav.results")}
          </ServerLink>
          <ServerLink href="/calls" className="text-brand-800 hover:underline">
            {t("Calls.navLink")}
          </ServerLink>
          <LanguageSwitch locale={locale as AppLocale} label={t("LanguageSwitch.label")} />
        </nav>
      </div>
    </header>
  );
}
