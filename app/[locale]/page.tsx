import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ServerLink } from "@/lib/i18n/server-link";
import { getPublicHeadline } from "@/lib/dashboards/public-headline";
import { listPublishedEvents } from "@/lib/events/queries";
import { HeadlineFigures } from "@/components/figures/headline-figures";
import { EventCard } from "@/components/events/event-card";
import { OpenCallsSection } from "@/components/calls/open-calls-section";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection(); // figures are computed from the records at request time, never at build time
  const [t, figures, { events }] = await Promise.all([
    getTranslations("Home"),
    getPublicHeadline(locale),
    listPublishedEvents(locale, { take: 3 }),
  ]);
  return (
    <div className="space-y-12">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-800 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-800">{t("lead")}</p>
      </section>
      <OpenCallsSection locale={locale} />
      <section aria-labelledby="figures" className="space-y-3">
        <h2 id="figures" className="text-2xl font-bold text-brand-800">{t("figuresTitle")}</h2>
        <p className="text-sm text-slate-700">{t("figuresNote")}</p>
        <HeadlineFigures figures={figures} locale={locale} />
      </section>
      <section aria-labelledby="latest-events" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-events" className="text-2xl font-bold text-brand-800">{t("latestEvents")}</h2>
          <ServerLink href="/events" className="text-brand-700 underline">{t("allEvents")}</ServerLink>
        </div>
        {events.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <div className="grid gap-4">
            {events.map((event) => (
              <EventCard key={event.slug} event={event} locale={locale} headingLevel={3} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
