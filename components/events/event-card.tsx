import { getTranslations } from "next-intl/server";
import type { PublicEventSummary } from "@/lib/events/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime, toZonedIsoString } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";

export async function EventCard({ event, locale }: { event: PublicEventSummary; locale: AppLocale }) {
  const t = await getTranslations();
  return (
    <article className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm">
      <p className="text-sm font-semibold text-brand-700">{t(`EventKind.${event.kind}` as "EventKind.OTHER")}</p>
      <h3 className="mt-1 text-xl font-bold text-slate-900">
        <Link href={`/events/${event.slug}`} className="hover:underline">
          {event.title}
        </Link>
      </h3>
      <p className="mt-2 text-sm text-slate-700">
        <time dateTime={toZonedIsoString(event.startsAt)}>{formatDateTime(event.startsAt, locale)}</time>
        {" · "}
        {event.communeName ? t("Events.venueInCommune", { venue: event.venue, commune: event.communeName }) : event.venue}
      </p>
      <p className="mt-3 text-slate-800">{event.summary}</p>
    </article>
  );
}
