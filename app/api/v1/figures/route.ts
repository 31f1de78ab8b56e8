// GET /api/v1/figures?fromYear=&toYear=&zone=&phaseId=&lang=ar — the public aggregate figures.
import { apiRoute, corsPreflight, ok } from "@/lib/api/respond";
import { figuresQuerySchema, parseQuery } from "@/lib/api/params";
import { getApiFigures } from "@/lib/api/figures-queries";

export const GET = apiRoute(async (request: Request) => {
  const parsed = parseQuery(figuresQuerySchema, request);
  if (!parsed.ok) return parsed.error;
  const { lang, ...filters } = parsed.query;
  return ok({ lang, figures: await getApiFigures(lang, filters) });
});

export const OPTIONS = corsPreflight;
