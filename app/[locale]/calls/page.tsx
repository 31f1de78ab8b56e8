import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { listOpenCalls, listPastCalls, listUpcomingCalls } from "@/lib/calls/queries";
import { CallCard } from "@/components/calls/call-card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Calls" });
  return { title: t("title"), description: t("lead"), alternates: { languages: languageAlternates(locale, "/calls").languages } };
}

// Rendered per request (behind the page cache, like the events list): which calls are open depends on the
// hour, and a cached copy must not list a call as open after its deadline.
export default async function CallsPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const [t, open, upcoming, past] = await Promise.all([getTranslations("Calls"), listOpenCalls(locale, now), listUpcomingCalls(locale, now), listPastCalls(locale, now)]);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-800">{t("lead")}</p>
      </header>
      <section aria-labelledby="open-calls" className="space-y-3">
        <h2 id="open-calls" className="text-2xl font-bold text-brand-800">{t("openTitle")}</h2>
        {open.length === 0 ? <p>{t("noneOpen")}</p> : <div className="grid gap-4">{open.map((c) => <CallCard key={c.slug} call={c} locale={locale} when="open" />)}</div>}
      </section>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-calls" className="space-y-3">
          <h2 id="upcoming-calls" className="text-2xl font-bold text-brand-800">{t("upcomingTitle")}</h2>
          <div className="grid gap-4">{upcoming.map((c) => <CallCard key={c.slug} call={c} locale={locale} when="upcoming" />)}</div>
        </section>
      )}
      <section aria-labelledby="past-calls" className="space-y-3">
        <h2 id="past-calls" className="text-2xl font-bold text-brand-800">{t("pastTitle")}</h2>
        {past.length === 0 ? <p>{t("nonePast")}</p> : <div className="grid gap-4">{past.map((c) => <CallCard key={c.slug} call={c} locale={locale} when="past" />)}</div>}
      </section>
    </div>
  );
}
