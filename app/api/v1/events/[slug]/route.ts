// GET /api/v1/events/<slug>?lang=ar — one published event; a draft answers 404 like an unknown slug.
import { apiError, apiRoute, corsPreflight, ok } from "@/lib/api/respond";
import { langQuerySchema, parseQuery } from "@/lib/api/params";
import { getApiEvent } from "@/lib/api/event-queries";

type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (request: Request, { params }: Context) => {
  const parsed = parseQuery(langQuerySchema, request);
  if (!parsed.ok) return parsed.error;
  const { slug } = await params;
  const event = await getApiEvent(slug, parsed.query.lang);
  if (!event) return apiError(404, "not_found", `No published event has the slug "${slug}".`);
  return ok({ lang: parsed.query.lang, event });
});

export const OPTIONS = corsPreflight;
