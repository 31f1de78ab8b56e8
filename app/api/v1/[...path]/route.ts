// Any other path under /api/v1: a JSON 404 naming the endpoints, not the site's HTML error page, so that a
// client with a typo gets an answer it can read. Counted by the rate limit like every API request.
import { apiError, apiRoute, corsPreflight } from "@/lib/api/respond";

const API_V1_ENDPOINTS = ["/api/v1/events", "/api/v1/events/<slug>", "/api/v1/figures", "/api/v1/open-data/360giving/grants.json", "/api/v1/open-data/360giving/grants.csv"];

export const GET = apiRoute(async (request: Request) => {
  const path = new URL(request.url).pathname;
  return apiError(404, "not_found", `No endpoint at ${path}. Endpoints: ${API_V1_ENDPOINTS.join(", ")}.`);
});

export const OPTIONS = corsPreflight;
