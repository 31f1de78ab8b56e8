import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { ServerLink } from "@/lib/i18n/server-link";
import { listPublishedEvents } from "@/lib/events/queries";
import { EventCard } from "@/components/events/event-card";

const PAGE_SIZE = 10;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // The other language's list, but no canonical: ?page=2 is not a copy of the first page.
  return { title: t("eventsTitle"), alternates: { languages: languageAlternates(locale, "/events").languages } };
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const requested = Number.parseInt((await searchParams).page ?? "1", 10);
  const page = Number.isSafeInteger(requested) && requested > 0 ? requested : 1;
  const [t, { events, total }] = await Promise.all([
    getTranslations("Events"),
    listPublishedEvents(locale, { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-lg text-slate-800">{t("lead")}</p>
      <p className="text-sm text-slate-700">{t("count", { count: total })}</p>
      {events.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="grid gap-4">
          {events.map((event) => (
            <EventCard key={event.slug} event={event} locale={locale} headingLevel={2} />
          ))}
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t("pageOf", { page, pages })} className="no-print flex items-center gap-4">
          {page > 1 && <ServerLink href={{ pathname: "/events", query: { page: page - 1 } }} className="underline">{t("previous")}</ServerLink>}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages && <ServerLink href={{ pathname: "/events", query: { page: page + 1 } }} className="underline">{t("next")}</ServerLink>}
        </nav>
      )}
    </div>
  );
}
