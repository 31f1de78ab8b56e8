// The event as an iCalendar file, so visitors can add it to their own calendar.
// The folder carries the extension, as app/rss.xml/route.ts does in Next's route handler docs, so the file
// is /<locale>/events/<slug>/calendar.ics. proxy.ts skips paths with a dot and that is fine here: the locale
// is already in the path and nothing from next-intl's middleware is needed to answer.
// Imports stay free of next/* and next-intl so the integration test can call GET directly.
import { isAppLocale } from "@/lib/i18n/locales";
import { buildEventCalendar } from "@/lib/events/calendar";
import { getPublishedCalendarEvent } from "@/lib/events/calendar-queries";
import { publicBaseUrl } from "@/lib/public-base-url";

type Context = { params: Promise<{ locale: string; slug: string }> };

// Short enough that a correction (or an unpublished event) reaches visitors within minutes.
const CACHE_CONTROL = "public, max-age=300";

function notFound(): Response {
  // Not cached: a draft published a minute later must not keep answering 404.
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  if (!isAppLocale(locale)) return notFound();
  const event = await getPublishedCalendarEvent(slug);
  if (!event) return notFound();
  // The same absolute address the event page gives its JSON-LD and share links (publicBaseUrl(), as in the
  // locale layout's metadataBase), with the locale prefix routing always uses.
  const base = publicBaseUrl();
  const body = buildEventCalendar(event, { locale, pageUrl: `${base}/${locale}/events/${event.slug}` });
  // Slugs are lowercase words and hyphens already; the filter only guards the header against odd rows.
  const filename = `${event.slug.replace(/[^a-z0-9-]/gi, "-")}.ics`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
