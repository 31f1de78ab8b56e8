import "@/app/globals.css";
import "@/app/fonts.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { directionOf } from "@/lib/i18n/locales";
import { preloadFonts } from "@/lib/fonts/preload";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ErrorTextsProvider } from "@/components/layout/error-texts";
import { publicBaseUrl } from "@/lib/public-base-url";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// Only /ar and /fr exist; anything else in the locale segment (favicon.ico...) is a 404, answered by the
// hasLocale checks below and in every page. Not `dynamicParams = false`: Next applies it to every route under
// this layout, so the cached event pages (rendered on their first visit, events/[slug]/page.tsx) would all
// be 404s.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("siteName"), template: `%s — ${t("siteName")}` },
    description: t("siteDescription"),
    metadataBase: new URL(publicBaseUrl()),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  preloadFonts(locale);
  const [t, errors] = await Promise.all([getTranslations({ locale, namespace: "Common" }), getTranslations({ locale, namespace: "Errors" })]);
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
        <a href="#main" className="no-print sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: public pages load none of next-intl's client code (issue 15: its
            provider, formatter and Link, 17 kB gzip); their few client components get translated texts as props. Pages with forms
            (workspace, sign-in, application) place their own ClientMessages. */}
        <ErrorTextsProvider texts={{ title: errors("title"), body: errors("body"), retry: errors("retry") }}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
