// GET /api/v1/events?page=1&pageSize=20&lang=ar — published events, newest first (see README, Public API).
import { apiRoute, corsPreflight, ok } from "@/lib/api/respond";
import { eventListQuerySchema, parseQuery } from "@/lib/api/params";
import { listApiEvents } from "@/lib/api/event-queries";
import { paginate } from "@/lib/api/pagination";

export const GET = apiRoute(async (request: Request) => {
  const parsed = parseQuery(eventListQuerySchema, request);
  if (!parsed.ok) return parsed.error;
  const { lang, page, pageSize } = parsed.query;
  const { events, total } = await listApiEvents(lang, page, pageSize);
  return ok({ lang, pagination: paginate("/api/v1/events", { lang }, { page, pageSize, total }), events });
});

export const OPTIONS = corsPreflight;
