import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "@/components/layout/language-switch";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-brand-100 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight text-brand-800 no-underline">
          <span className="text-lg font-bold">{t("Common.appName")}</span>
          <span className="text-sm text-slate-700">{t("Common.appTagline")}</span>
        </Link>
        <nav aria-label={t("Nav.label")} className="no-print flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href="/" className="text-brand-800 hover:underline">
            {t("Nav.home")}
          </Link>
          <Link href="/events" className="text-brand-800 hover:underline">
            {t("Nav.events")}
          </Link>
          <Link href="/results" className="text-brand-800 hover:underline">
            {t("Nav.results")}
          </Link>
          <Link href="/calls" className="text-brand-800 hover:underline">
            {t("Calls.navLink")}
          </Link>
          <LanguageSwitch label={t("LanguageSwitch.label")} />
        </nav>
      </div>
    </header>
  );
}
