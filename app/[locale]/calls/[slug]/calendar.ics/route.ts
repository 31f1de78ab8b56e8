// The call's deadline as an iCalendar file (/<locale>/calls/<slug>/calendar.ics), as the event pages offer
// theirs (app/[locale]/events/[slug]/calendar.ics/route.ts). Imports stay free of next/* so a test can call GET.
import { createTranslator } from "next-intl";
import { isAppLocale } from "@/lib/i18n/locales";
import { buildCallDeadlineCalendar } from "@/lib/calls/calendar";
import { getPublishedCall } from "@/lib/calls/queries";
import { publicBaseUrl } from "@/lib/public-base-url";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

type Context = { params: Promise<{ locale: string; slug: string }> };

const CACHE_CONTROL = "public, max-age=300";

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  if (!isAppLocale(locale)) return notFound();
  const call = await getPublishedCall(slug, locale);
  if (!call) return notFound();
  const t = createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "Calls.ics" });
  const pageUrl = `${publicBaseUrl()}/${locale}/calls/${call.slug}`;
  const body = buildCallDeadlineCalendar(
    { id: call.id, title: call.title, closesAt: call.closesAt, updatedAt: call.updatedAt },
    { locale, pageUrl, summary: t("summary", { title: call.title }), description: t("description", { title: call.title }) },
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${call.slug.replace(/[^a-z0-9-]/gi, "-")}-deadline.ics"`,
      "Cache-Control": CACHE_CONTROL,
    },
  });
}
