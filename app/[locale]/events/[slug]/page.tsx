import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localizedPath } from "@/lib/i18n/paths";
import { ServerLink } from "@/lib/i18n/server-link";
import { getPublishedEvent } from "@/lib/events/queries";
import { reconcileWithRecords } from "@/lib/reconciliation/queries";
import { hasReportedFigures } from "@/lib/reconciliation/compare";
import { EventFacts } from "@/components/events/event-facts";
import { MarkdownBody } from "@/components/events/markdown-body";
import { PresentationAgenda } from "@/components/events/presentation-agenda";
import { ReconciliationPanel } from "@/components/events/reconciliation-panel";
import { EventJsonLd } from "@/components/events/event-json-ld";
import { ShareEvent } from "@/components/events/share-event";
import { publicBaseUrl } from "@/lib/public-base-url";
import { getPublicEventPhotos } from "@/lib/photos/queries";
import { listEventCooperatives } from "@/lib/cooperatives/public-queries";
import { PublicGallery } from "@/components/photos/public-gallery";
import { DemoNotice } from "@/components/layout/demo-notice";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cached (ISR): no event is rendered at build time (the database may not exist yet when `next build` runs),
// each is rendered on its first visit and then served from Next's cache. The event actions
// (lib/events/actions.ts) revalidate it when the event is created, edited, published or deleted. The
// five-minute backstop bounds how stale the side computed from the grants (whose edits do not revalidate
// this page) and renamed organisations or communes can get. Nothing here may read cookies or headers.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const event = await getPublishedEvent(slug, locale);
  if (!event) notFound();
  return { locale, event };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, event } = await load(params);
  return {
    title: event.title,
    description: event.summary,
    alternates: languageAlternates(locale, `/events/${event.slug}`),
    openGraph: { type: "article", title: event.title, description: event.summary, locale: `${locale}_MA` },
  };
}

export default async function EventPage({ params }: Props) {
  const { locale, event } = await load(params);
  setRequestLocale(locale);
  const t = await getTranslations();
  const withFigures = event.presentations.filter((p) => hasReportedFigures(p.reported));
  // The computed side of each comparison: the event's own prefecture, the period the presenter stated.
  const [reconciliations, photos, cooperatives] = await Promise.all([
    Promise.all(withFigures.map((p) => reconcileWithRecords(event.prefectureId, p.reported))),
    getPublicEventPhotos(event.id, locale),
    listEventCooperatives(event.id, locale, { publicOnly: true }),
  ]);
  const base = publicBaseUrl();
  const url = `${base}${localizedPath(locale, `/events/${event.slug}`)}`;
  return (
    <article className="space-y-10">
      <EventJsonLd event={event} locale={locale} url={url} />
      <nav aria-label={t("Event.breadcrumb")} className="no-print text-sm">
        <ServerLink href="/events" className="text-brand-700 underline">{t("Event.backToEvents")}</ServerLink>
      </nav>
      <header className="space-y-3">
        <p className="font-semibold text-brand-700">{t(`EventKind.${event.kind}` as "EventKind.OTHER")}</p>
        <h1 className="text-3xl font-bold leading-snug text-slate-900 sm:text-4xl">{event.title}</h1>
        <p className="text-lg text-slate-800">{event.summary}</p>
      </header>
      {event.isDemo && <DemoNotice />}
      <EventFacts event={event} locale={locale} />
      <ShareEvent locale={locale} slug={event.slug} title={event.title} url={url} />
      <PresentationAgenda presentations={event.presentations} />
      {withFigures.map((p, i) => (
        <ReconciliationPanel key={p.position} position={p.position} reported={p.reported} reconciliation={reconciliations[i]!} locale={locale} />
      ))}
      <section aria-labelledby="article" className="space-y-3">
        <h2 id="article" className="text-2xl font-bold text-brand-800">{t("Event.article")}</h2>
        <MarkdownBody source={event.body} />
        {event.sourceName && <p className="text-sm text-slate-700">{t("Event.source", { source: event.sourceName })}</p>}
      </section>
      <PublicGallery photos={photos} title={t("Event.gallery")} sizes="(min-width: 1024px) 20rem, (min-width: 640px) 45vw, 100vw" />
      {cooperatives.length > 0 && (
        <section aria-labelledby="cooperatives-presented" className="space-y-3">
          <h2 id="cooperatives-presented" className="text-2xl font-bold text-brand-800">{t("Event.cooperatives")}</h2>
          <ul className="list-disc space-y-1 ps-6" data-testid="event-cooperatives">
            {cooperatives.map((c) => (
              <li key={c.id}><ServerLink href={`/cooperatives/${c.id}`} className="text-brand-700 underline">{c.name}</ServerLink> — {c.commune}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
