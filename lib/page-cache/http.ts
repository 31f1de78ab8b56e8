/**
 * What the page cache in front of Next may keep, and how it keeps and serves it (server.ts).
 *
 * It behaves as a shared HTTP cache would (nginx proxy_cache, a CDN): it keeps only what Next itself marks
 * as shareable (`Cache-Control: s-maxage=…`, which Next sends for its cached pages only, never for a page
 * that read cookies or headers), and only plain document requests: no query string, no React Server
 * Components request (client-side navigation), no draft mode. The one exception is the short list of public
 * pages that read nothing but their query string (./query-pages.ts): kept by path and canonical query for a
 * few seconds.
 */
import type { IncomingMessage, ServerResponse, OutgoingHttpHeaders } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import type { CachedAnswer, PageCache } from "./page-cache";
import { isKeptQueryPage, isPublicQueryPage, QUERY_PAGE_MAX_AGE_MS } from "./query-pages";

// Requests whose answer differs from the plain HTML document (Next's own Vary list) or must not be cached.
const BYPASS_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action", "authorization"];
// The only headers of a kept answer replayed to later visitors: those Next derives from the page itself.
// An allow-list, because the cache key is the path alone: a header computed from the request (next-intl's
// `Link` alternates are built from Host, X-Forwarded-Host and X-Forwarded-Proto; a Location, a
// Content-Location) would otherwise be served for 10 seconds to everyone after one forged request. Per-transfer
// headers (Date, Content-Length, Connection...) and Set-Cookie are left out too.
const REPLAYED_HEADERS = new Set([
  "content-type",
  "content-language",
  "cache-control",
  "etag",
  "last-modified",
  "vary",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
  // lib/security/headers.ts (next.config.ts), the same for every visitor of a cached page
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "strict-transport-security",
]);
// Larger answers are passed through, never kept.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** A browser asking for the page itself: not a client-side navigation's or a server action's request. */
export function isDocumentRequest(req: IncomingMessage): boolean {
  return !BYPASS_HEADERS.some((name) => req.headers[name] !== undefined);
}

/** The cache key of a request the cache may answer, or null to leave it to Next. */
export function cacheKeyFor(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.startsWith("/_next/") || url.startsWith("/api/")) return null;
  const queryAt = url.indexOf("?");
  if (queryAt >= 0 && !isKeptQueryPage(url.slice(0, queryAt), url.slice(queryAt + 1))) return null;
  if (!isDocumentRequest(req)) return null;
  if ((req.headers.cookie ?? "").includes("__prerender_bypass")) return null;
  return url;
}

/** s-maxage in milliseconds when the answer may be shared, else 0. */
export function sharedMaxAgeMs(cacheControl: string | undefined): number {
  if (!cacheControl || /\b(private|no-store|no-cache)\b/i.test(cacheControl)) return 0;
  const match = /\bs-maxage=(\d+)/i.exec(cacheControl);
  return match ? Number(match[1]) * 1000 : 0;
}

/**
 * Only a cookie that remembers the language may be dropped from a shared answer (next-intl sets
 * NEXT_LOCALE on every page); an answer that sets any other cookie is personal and is not kept.
 */
function onlyLocaleCookie(setCookie: number | string | string[] | undefined): boolean {
  if (setCookie === undefined) return true;
  const cookies = Array.isArray(setCookie) ? setCookie : [String(setCookie)];
  return cookies.every((cookie) => cookie.startsWith("NEXT_LOCALE="));
}

function replayableHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !REPLAYED_HEADERS.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return kept;
}

/**
 * How long the answer may be kept, once Next has set its headers (before its first byte); 0 when it may not:
 * the page's own s-maxage, or the fixed lifetime of a public page that reads only its query string.
 */
function keepableForMs(req: IncomingMessage, res: ServerResponse): number {
  const encoding = res.getHeader("content-encoding");
  const keepable =
    req.method === "GET" &&
    res.statusCode === 200 &&
    (encoding === undefined || encoding === "gzip") &&
    onlyLocaleCookie(res.getHeader("set-cookie")) &&
    !carriesNonce(res.getHeader("content-security-policy"));
  if (!keepable) return 0;
  const shared = sharedMaxAgeMs(res.getHeader("cache-control")?.toString());
  if (shared > 0) return shared;
  const path = (req.url ?? "").split("?")[0]!;
  return isPublicQueryPage(path) ? QUERY_PAGE_MAX_AGE_MS : 0;
}

/** A page rendered with a CSP nonce (lib/security/page-policy.ts) belongs to one visitor: replayed, its nonce would be known. */
function carriesNonce(policy: number | string | string[] | undefined): boolean {
  return /'nonce-/.test(Array.isArray(policy) ? policy.join(";") : String(policy ?? ""));
}

/**
 * Lets Next answer `res` as usual (compressed if the visitor asked) and, if the answer is shareable, stores
 * it under `key` when it ends: the plain body, and the gzipped one when that is what Next sent. Answers
 * that are not shareable (most pages: they read the session) are not copied at all.
 */
export function passThroughAndStore(key: string, req: IncomingMessage, res: ServerResponse, cache: PageCache): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let keepForMs: number | undefined; // decided at the first byte, when the headers are final; 0: not kept
  const generation = cache.generation; // an edit during the render: the answer may predate it, not kept
  const collect = (chunk: unknown, encoding?: unknown) => {
    keepForMs ??= keepableForMs(req, res);
    if (keepForMs === 0 || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = chunkBytes(chunk, encoding);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) keepForMs = 0;
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    const ended = (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    if (keepForMs && cache.generation === generation) store(key, res, Buffer.concat(chunks), cache, keepForMs);
    return ended;
  } as typeof res.end;
}

function store(key: string, res: ServerResponse, sent: Buffer, cache: PageCache, lifetimeMs: number): void {
  const headers = res.getHeaders();
  const gzipped = headers["content-encoding"] === "gzip";
  let body: Buffer;
  try {
    body = gzipped ? gunzipSync(sent) : sent;
  } catch {
    return; // a body cut short (the visitor left): nothing worth keeping
  }
  const replayed = replayableHeaders(headers);
  delete replayed["content-encoding"]; // serveCached sets it per visitor
  cache.set(key, { status: 200, headers: replayed, body, ...(gzipped && { gzipped: sent }) }, lifetimeMs);
}

/** A chunk given to res.write or res.end (a Buffer, a string in its encoding, or bytes) as a Buffer. */
export function chunkBytes(chunk: unknown, encoding?: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(req.headers["accept-encoding"] ?? "");
}

function etagMatches(req: IncomingMessage, etag: string | string[] | undefined): boolean {
  const candidates = req.headers["if-none-match"];
  if (!candidates || typeof etag !== "string") return false;
  return candidates.split(",").some((candidate) => candidate.trim() === etag || candidate.trim() === "*");
}

/** Answers from the cache: 304 when the visitor has it, the gzipped body when they accept it. */
export function serveCached(entry: CachedAnswer, req: IncomingMessage, res: ServerResponse, cache: PageCache): void {
  const headers: OutgoingHttpHeaders = { ...entry.headers, "x-page-cache": "HIT" };
  if (etagMatches(req, entry.headers.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = entry.body;
  if (acceptsGzip(req)) {
    if (!entry.gzipped) cache.addGzipped(entry, gzipSync(entry.body));
    body = entry.gzipped!;
    headers["content-encoding"] = "gzip";
  }
  headers.vary = withAcceptEncoding(entry.headers.vary);
  headers["content-length"] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

export function withAcceptEncoding(vary: string | string[] | undefined): string {
  const names = (Array.isArray(vary) ? vary.join(",") : (vary ?? "")).split(",").map((name) => name.trim()).filter(Boolean);
  if (!names.some((name) => name.toLowerCase() === "accept-encoding")) names.push("Accept-Encoding");
  return names.join(", ");
}
