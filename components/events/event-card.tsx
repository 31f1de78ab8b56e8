import { getTranslations } from "next-intl/server";
import type { PublicEventSummary } from "@/lib/events/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime, toZonedIsoString } from "@/lib/format/dates";
import { ServerLink } from "@/lib/i18n/server-link";

type Props = {
  event: PublicEventSummary;
  locale: AppLocale;
  /** The card's title level: 2 straight under the page's h1 (the events list), 3 inside a section (home). */
  headingLevel: 2 | 3;
};

export async function EventCard({ event, locale, headingLevel }: Props) {
  const t = await getTranslations();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm">
      <p className="text-sm font-semibold text-brand-700">{t(`EventKind.${event.kind}` as "EventKind.OTHER")}</p>
      <Heading className="mt-1 text-xl font-bold text-slate-900">
        <ServerLink href={`/events/${event.slug}`} className="hover:underline">
          {event.title}
        </ServerLink>
      </Heading>
      <p className="mt-2 text-sm text-slate-700">
        <time dateTime={toZonedIsoString(event.startsAt)}>{formatDateTime(event.startsAt, locale)}</time>
        {" · "}
        {event.communeName ? t("Events.venueInCommune", { venue: event.venue, commune: event.communeName }) : event.venue}
      </p>
      <p className="mt-3 text-slate-800">{event.summary}</p>
    </article>
  );
}
