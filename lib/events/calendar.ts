// The iCalendar (RFC 5545) file of one public event, built with the `ics` library so that text escaping,
// CRLF line endings and the VCALENDAR/VEVENT frame are not hand-written. Pure and reproducible: the same
// record always gives the same bytes (DTSTAMP is the record's updatedAt, never "now"), so the file can be
// cached and compared in tests.
import { createEvent, type EventAttributes } from "ics";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

/**
 * The Event model records a start only, no end or duration. Calendars need one, so every event is given
 * two hours: about the length of a communication meeting like the seed article's.
 */
export const DEFAULT_EVENT_DURATION_MINUTES = 120;

/** The columns the file needs, in both languages: the file is written in the language of the page. */
export type CalendarEventRecord = {
  id: number;
  slug: string;
  version: number;
  titleAr: string;
  titleFr: string;
  summaryAr: string;
  summaryFr: string;
  venueAr: string;
  venueFr: string;
  commune: { nameAr: string; nameFr: string } | null;
  startsAt: Date;
  updatedAt: Date;
};

/**
 * Based on the id, not the slug: staff may rename the slug, and a calendar that already holds the event
 * must recognise the new file as the same event (an update), not add a second copy.
 */
export function calendarUid(eventId: number): string {
  return `event-${eventId}@indh-cooperatives`;
}

export function buildEventCalendar(event: CalendarEventRecord, options: { locale: AppLocale; pageUrl: string }): string {
  const { locale, pageUrl } = options;
  const venue = localized(locale, event.venueAr, event.venueFr);
  const commune = event.commune ? localized(locale, event.commune.nameAr, event.commune.nameFr) : null;
  // Same separators as the page's "Events.venueInCommune" message (Arabic comma in Arabic).
  const location = commune ? `${venue}${locale === "ar" ? "، " : ", "}${commune}` : venue;
  const start = event.startsAt.getTime();
  // `timestamp` (DTSTAMP) is accepted by the library's schema but missing from its TypeScript types.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: `-//INDH Cooperatives//Public events//${locale.toUpperCase()}`,
    method: "PUBLISH",
    uid: calendarUid(event.id),
    // A calendar replaces its copy of the event when SEQUENCE grows; version counts the saves from 1.
    sequence: Math.max(0, event.version - 1),
    timestamp: event.updatedAt.getTime(),
    lastModified: event.updatedAt.getTime(),
    // Millisecond timestamps are written as UTC (…Z): calendars show them in the reader's own zone.
    start,
    end: start + DEFAULT_EVENT_DURATION_MINUTES * 60_000,
    title: localized(locale, event.titleAr, event.titleFr),
    description: `${localized(locale, event.summaryAr, event.summaryFr)}\n\n${pageUrl}`,
    location,
    url: pageUrl,
    status: "CONFIRMED",
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error(`buildEventCalendar: no output for event ${event.id}`);
  return foldLinesByOctets(value);
}

const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1 limits lines to 75 octets. The `ics` library folds at 75 characters, which is up to 150
 * octets for an Arabic title, so its folds are undone and lines are folded again by UTF-8 length, between
 * code points (never inside one), continuation lines starting with one space.
 */
export function foldLinesByOctets(ics: string): string {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) => {
      let folded = "";
      let size = 0;
      for (const char of line) {
        const octets = utf8Length(char.codePointAt(0) ?? 0);
        if (size + octets > MAX_LINE_OCTETS) {
          folded += "\r\n ";
          size = 1;
        }
        folded += char;
        size += octets;
      }
      return folded;
    })
    .join("\r\n");
}
