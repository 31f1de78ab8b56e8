import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { serveForTests } from "./test-http-server";
import { PageCache } from "./page-cache";
import { cacheKeyFor, passThroughAndStore, serveCached, sharedMaxAgeMs } from "./http";
import { forgetCachedPages, registerPageCache } from "./forget";

// A real HTTP server wired as server.ts wires Next, with a stand-in for Next that answers like it does for a
// cached page (two chunks, gzipped when asked, Set-Cookie NEXT_LOCALE, s-maxage, an ETag) and counts how
// often it is asked.
const page = "<html>" + "صفحة ".repeat(2000) + "</html>";
let rendered = 0;
type Answer = { status: number; cacheControl: string; cookie?: string; csp?: string; betweenChunks?: () => void };
let answerWith: Answer = { status: 200, cacheControl: "s-maxage=300, stale-while-revalidate=31535700" };
const cache = new PageCache();
registerPageCache(cache);

function standInForNext(req: http.IncomingMessage, res: http.ServerResponse) {
  rendered++;
  res.statusCode = answerWith.status;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", answerWith.cacheControl);
  res.setHeader("etag", '"v1"');
  res.setHeader("set-cookie", answerWith.cookie ?? "NEXT_LOCALE=ar; Path=/; SameSite=lax");
  res.setHeader("content-security-policy", answerWith.csp ?? "default-src 'self'; script-src 'self' 'unsafe-inline'");
  res.setHeader("x-content-type-options", "nosniff");
  // Headers built from the request, as next-intl builds its `Link` alternates from Host / X-Forwarded-Host.
  const host = String(req.headers["x-forwarded-host"] ?? req.headers.host);
  res.setHeader("link", `<http://${host}/fr/events/x>; rel="alternate"; hreflang="fr"`);
  res.setHeader("content-location", `http://${host}/ar/events/x`);
  res.setHeader("x-served-for", host);
  const body = /gzip/.test(req.headers["accept-encoding"] ?? "") ? gzipSync(page) : Buffer.from(page);
  if (body.length !== Buffer.byteLength(page)) res.setHeader("content-encoding", "gzip");
  res.write(body.subarray(0, 100));
  answerWith.betweenChunks?.();
  res.end(body.subarray(100));
}

const get = serveForTests((req, res) => {
  const key = cacheKeyFor(req);
  const cached = key ? cache.get(key) : undefined;
  if (cached) return serveCached(cached, req, res, cache);
  if (key) passThroughAndStore(key, req, res, cache);
  standInForNext(req, res);
});

beforeEach(() => {
  forgetCachedPages();
  rendered = 0;
  answerWith = { status: 200, cacheControl: "s-maxage=300, stale-while-revalidate=31535700" };
});

describe("the page cache in front of Next", () => {
  it("answers the second visit from memory with the same page and headers, without the locale cookie", async () => {
    const first = await get("/ar/events/x", { "accept-encoding": "gzip" });
    expect(first.headers["x-page-cache"]).toBeUndefined();
    expect(first.headers["content-encoding"]).toBe("gzip"); // Next's own answer, compressed as asked
    const second = await get("/ar/events/x"); // this visitor takes no gzip: the plain page was kept too
    expect(rendered).toBe(1);
    expect(second.status).toBe(200);
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.body.toString()).toBe(page);
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["cache-control"]).toBe("s-maxage=300, stale-while-revalidate=31535700");
    expect(second.headers["set-cookie"]).toBeUndefined();
    expect(Number(second.headers["content-length"])).toBe(Buffer.byteLength(page));
  });

  it("compresses once for visitors who accept gzip, answers 304 to a known ETag, and HEAD without a body", async () => {
    await get("/ar/events/x");
    const gzipped = await get("/ar/events/x", { "accept-encoding": "gzip, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(gunzipSync(gzipped.body).toString()).toBe(page);
    expect(cache.size.bytes).toBe(Buffer.byteLength(page) + gzipped.body.length);
    expect((await get("/ar/events/x", { "if-none-match": '"v1"' })).status).toBe(304);
    expect((await get("/ar/events/x", { "if-none-match": '"v0"' })).status).toBe(200);
    const head = await get("/ar/events/x", {}, "HEAD");
    expect(head.headers["x-page-cache"]).toBe("HIT");
    expect(head.body.length).toBe(0);
    expect(rendered).toBe(1);
  });

  it("is emptied by forgetCachedPages, which the app calls when it revalidates a public page", async () => {
    await get("/ar/events/x");
    forgetCachedPages();
    expect((await get("/ar/events/x")).headers["x-page-cache"]).toBeUndefined();
    expect(rendered).toBe(2);
  });

  it("does not keep a page whose render began before it was emptied: the page may show the records before an edit", async () => {
    answerWith.betweenChunks = forgetCachedPages;
    expect((await get("/ar/calls/x")).body.toString()).toBe(page); // the visitor still gets the page
    answerWith.betweenChunks = undefined;
    expect((await get("/ar/calls/x")).headers["x-page-cache"]).toBeUndefined();
    expect((await get("/ar/calls/x")).headers["x-page-cache"]).toBe("HIT");
    expect(rendered).toBe(2);
  });

  it("leaves client navigation, query strings, draft mode and form posts to Next", async () => {
    const bypassing: [string, http.OutgoingHttpHeaders, string?][] = [
      ["/ar/events/x", { rsc: "1" }],
      ["/ar/events/x", { "next-router-prefetch": "1" }],
      ["/ar/events/x?page=2", {}],
      ["/ar/events/x", { cookie: "__prerender_bypass=abc" }],
      ["/ar/events/x", {}, "POST"],
      ["/_next/static/chunk.js", {}],
    ];
    for (const [path, headers, method] of bypassing) {
      await get(path, headers, method);
      await get(path, headers, method);
    }
    expect(rendered).toBe(bypassing.length * 2);
  });

  it("keeps the public results by path and query, and the home page by its path, for a few seconds, though Next renders them per request", async () => {
    answerWith = { status: 200, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" };
    for (const path of ["/ar/results", "/ar/results?fromYear=2019&zone=RURAL", "/fr/results?zone=URBAN", "/ar"]) {
      expect((await get(path)).headers["x-page-cache"]).toBeUndefined();
      const again = await get(path, { "accept-encoding": "gzip" });
      expect(again.headers["x-page-cache"], path).toBe("HIT");
      expect(gunzipSync(again.body).toString()).toBe(page);
      // Next's own header is replayed: browsers and other caches still do not keep the page.
      expect(again.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    }
    expect(rendered).toBe(4);
    // Another filter set is another page. A query on any other page, or one the app's filter links never write
    // (an unknown parameter, a bad value, another order), is rendered by Next every time and never kept.
    await get("/ar/results?zone=URBAN");
    expect(rendered).toBe(5);
    // The home page is kept by its path alone: even a query its links could write elsewhere is rendered.
    for (const path of ["/ar/events?page=2", `/ar/results?zone=RURAL&q=${"x".repeat(400)}`, "/ar/results?zone=SUBURBAN", "/ar/results?zone=RURAL&fromYear=2019", "/ar?zone=RURAL"]) {
      await get(path);
      expect((await get(path)).headers["x-page-cache"], path).toBeUndefined();
    }
    expect(rendered).toBe(5 + 5 * 2);
    // Still nothing private: a results answer that sets a session cookie or carries a nonce is not kept.
    for (const [i, answer] of [{ cookie: "session=secret" }, { csp: "script-src 'nonce-abc' 'strict-dynamic'" }].entries()) {
      answerWith = { status: 200, cacheControl: "private, no-cache", ...answer };
      await get(`/ar/results?axisId=${i + 1}`);
      expect((await get(`/ar/results?axisId=${i + 1}`)).headers["x-page-cache"]).toBeUndefined();
    }
  });

  it("leaves the answers it does not keep exactly as Next sent them, compressed or not", async () => {
    answerWith = { status: 200, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" };
    const compressed = await get("/ar/admin", { "accept-encoding": "gzip" });
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(compressed.body).toString()).toBe(page);
    expect((await get("/ar/admin")).body.toString()).toBe(page);
    expect(cache.size.entries).toBe(0);
  });

  it("keeps nothing private, unshared, failed or carrying another cookie", async () => {
    const unshareable = [
      { status: 200, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" },
      { status: 200, cacheControl: "public, max-age=0" },
      { status: 404, cacheControl: "s-maxage=300" },
      { status: 200, cacheControl: "s-maxage=300", cookie: "session=secret; HttpOnly" },
    ];
    for (const [i, answer] of unshareable.entries()) {
      answerWith = answer;
      await get(`/page-${i}`);
      expect((await get(`/page-${i}`)).headers["x-page-cache"]).toBeUndefined();
    }
    expect(rendered).toBe(unshareable.length * 2);
  });

  it("replays no header built from the request: a forged Host reaches only the one who forged it", async () => {
    const forged = await get("/ar/events/x", { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(forged.headers.link).toContain("evil.example"); // Next's own answer, as it was
    const later = await get("/ar/events/x", { "accept-encoding": "gzip" });
    expect(later.headers["x-page-cache"]).toBe("HIT");
    expect(rendered).toBe(1);
    expect(JSON.stringify(later.headers)).not.toContain("evil.example");
    expect(gunzipSync(later.body).toString()).toBe(page);
    // What describes the page itself is kept.
    expect(later.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(later.headers.etag).toBe('"v1"');
    expect(later.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(later.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("keeps no page rendered with a CSP nonce, which belongs to one visitor", async () => {
    answerWith = { status: 200, cacheControl: "s-maxage=300", csp: "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'" };
    await get("/ar/events/x");
    expect((await get("/ar/events/x")).headers["x-page-cache"]).toBeUndefined();
    expect(rendered).toBe(2);
  });

  it("reads the shared lifetime from Cache-Control", () => {
    expect(sharedMaxAgeMs("s-maxage=300, stale-while-revalidate=31535700")).toBe(300_000);
    expect(sharedMaxAgeMs("public, max-age=60")).toBe(0);
    expect(sharedMaxAgeMs("private, s-maxage=60")).toBe(0);
    expect(sharedMaxAgeMs(undefined)).toBe(0);
  });
});
