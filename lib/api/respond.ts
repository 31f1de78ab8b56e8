// What every response of the public API shares, so that a route only loads its data: the rate limit
// (checked before any database read), JSON in UTF-8, HTTP caching with an ETag, CORS for open data, and
// errors as JSON in one shape.
import { createHash } from "node:crypto";
import { clientAddress, getApiRateLimiter, type RateLimitDecision } from "@/lib/api/rate-limit";

/** Shared caches and browsers may keep an answer a minute, and serve it stale while they refresh it. */
export const API_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export type ApiIssue = { field: string; message: string };
export type ApiResult = { status: number; body: unknown; cache?: "public" | "no-store" };

export const ok = (body: unknown): ApiResult => ({ status: 200, body });

export function apiError(status: number, code: string, message: string, issues?: ApiIssue[]): ApiResult {
  // An error that may change any second (too many requests, a failure) must never be cached.
  const cache = status === 429 || status >= 500 ? "no-store" : "public";
  return { status, cache, body: { error: { status, code, message, ...(issues && { issues }) } } };
}

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset",
};

function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
}

/** A strong ETag: the same body always gives the same tag, on every server process. */
export function etagOf(text: string): string {
  return `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match holds a list of tags (maybe weak, W/"...") or "*"; weak comparison is right for GET. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

function toResponse(result: ApiResult, request: Request, extra: Record<string, string>): Response {
  const text = JSON.stringify(result.body);
  const cacheControl = result.cache === "no-store" ? "no-store" : API_CACHE_CONTROL;
  const headers: Record<string, string> = { ...CORS_HEADERS, ...extra, "Cache-Control": cacheControl };
  if (result.status === 200) {
    const etag = etagOf(text);
    headers.ETag = etag;
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
      return new Response(null, { status: 304, headers });
    }
  }
  headers["Content-Type"] = "application/json; charset=utf-8";
  return new Response(text, { status: result.status, headers });
}

/** Wraps a GET handler of the public API. Unexpected errors become a JSON 500 that leaks no detail. */
export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<ApiResult>) {
  return async function GET(request: Request, context: Context): Promise<Response> {
    let decision: RateLimitDecision;
    try {
      decision = await getApiRateLimiter().hit(clientAddress(request));
    } catch (error) {
      console.error("public API rate limit:", error);
      return toResponse(apiError(500, "internal_error", "The server could not answer; try again later."), request, {});
    }
    const limitHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      const message = `Too many requests: at most ${decision.limit} per window; retry in ${decision.resetSeconds} s.`;
      return toResponse(apiError(429, "rate_limited", message), request, {
        ...limitHeaders,
        "Retry-After": String(decision.resetSeconds),
      });
    }
    let result: ApiResult;
    try {
      result = await handler(request, context);
    } catch (error) {
      console.error("public API:", error);
      result = apiError(500, "internal_error", "The server could not answer; try again later.");
    }
    return toResponse(result, request, limitHeaders);
  };
}

/** CORS preflight: a browser asks before sending a GET with headers such as If-None-Match. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}
