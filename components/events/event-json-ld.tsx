import type { PublicEventDetail } from "@/lib/events/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { toZonedIsoString } from "@/lib/format/dates";

/** schema.org Event, so search engines and calendars understand the page. */
export function EventJsonLd({ event, locale, url }: { event: PublicEventDetail; locale: AppLocale; url: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.summary,
    startDate: toZonedIsoString(event.startsAt),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    inLanguage: locale,
    url,
    location: {
      "@type": "Place",
      name: event.venue,
      address: { "@type": "PostalAddress", addressLocality: event.communeName ?? undefined, addressCountry: "MA" },
    },
    organizer: { "@type": "GovernmentOrganization", name: event.organiser.name },
    sponsor: event.partners.map((p) => ({ "@type": "Organization", name: p.name })),
  };
  // "<" is escaped so that no text in the record can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
