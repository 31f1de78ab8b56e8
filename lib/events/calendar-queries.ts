import "server-only";
import { getDb } from "@/lib/db";
import type { CalendarEventRecord } from "@/lib/events/calendar";

/**
 * What the .ics file of a public event needs, in both languages. Only published events are found: a
 * draft's calendar file must not leak before the page itself is public.
 */
export async function getPublishedCalendarEvent(slug: string): Promise<CalendarEventRecord | null> {
  return getDb().event.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      version: true,
      titleAr: true,
      titleFr: true,
      summaryAr: true,
      summaryFr: true,
      venueAr: true,
      venueFr: true,
      commune: { select: { nameAr: true, nameFr: true } },
      startsAt: true,
      updatedAt: true,
    },
  });
}
