import http from "node:http";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { serveForTests } from "./test-http-server";
import { isScriptFreePage, withoutFrameworkScripts } from "./script-free";
import { rewriteHtmlAnswer } from "./rewrite-answer";
import { PageCache } from "./page-cache";
import { cacheKeyFor, passThroughAndStore } from "./http";

// The head and body of a real public page as Next 16 writes it (shortened): its stylesheets, a script
// preload, async chunks, the inline bootstrap and stream data, the legacy-browser polyfill.
const HEAD =
  '<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="n" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" nonce="n" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async="" nonce="n"></script>' +
  '<link rel="preload" href="/fonts/noto.woff2" as="font" type="font/woff2" crossorigin=""/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/d.js"/>' +
  '<title>اليوم الدولي للتعاونيات</title>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script></head>';
const BODY =
  '<body><main><h1>اللقاء</h1><p>a &lt;script&gt; written as text stays</p></main>' +
  '<script type="application/ld+json">{"@type":"Event","name":"x"}</script>' +
  '<script async="" src="/js/public-pages.js"></script>' +
  '<script nonce="n" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>\n<script >self.__next_f.push([1,"</p>"])</script ></body>';
const PAGE = `<!DOCTYPE html><html lang="ar" dir="rtl">${HEAD}${BODY}</html>`;

describe("which pages are sent without Next's scripts", () => {
  it("the public pages a visitor reads, in both languages", () => {
    for (const path of ["/ar", "/fr/", "/ar/events", "/fr/events/cooperatives-day-tanger-2025", "/ar/calls", "/ar/calls/appel-2026", "/fr/results", "/ar/cooperatives/abc"]) {
      expect(isScriptFreePage(path), path).toBe(true);
    }
  });
  it("not the forms, the workspace, files or other languages", () => {
    for (const path of ["/ar/calls/appel-2026/apply", "/ar/sign-in", "/ar/admin", "/ar/admin/events", "/ar/events/x/calendar.ics", "/ar/application/token", "/en/events", "/", "/api/v1/grants", "/ar/setup"]) {
      expect(isScriptFreePage(path), path).toBe(false);
    }
  });
});

describe("withoutFrameworkScripts", () => {
  const rewritten = withoutFrameworkScripts(PAGE)!;

  it("removes Next's and React's scripts, inline or from /_next/, and the script preloads", () => {
    expect(rewritten).not.toContain("/_next/static/chunks/b.js");
    expect(rewritten).not.toContain("/_next/static/chunks/c.js");
    expect(rewritten).not.toContain("/_next/static/chunks/d.js");
    expect(rewritten).not.toContain("polyfills.js");
    expect(rewritten).not.toContain("TURBOPACK");
    expect(rewritten).not.toContain("__next_f");
  });

  it("keeps the page itself, its stylesheets, font preloads, structured data and the app's own script", () => {
    expect(rewritten).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(rewritten).toContain('<link rel="preload" href="/fonts/noto.woff2" as="font"');
    expect(rewritten).toContain('<script type="application/ld+json">{"@type":"Event","name":"x"}</script>');
    expect(rewritten).toContain('<script async="" src="/js/public-pages.js"></script>');
    expect(rewritten).toContain("<main><h1>اللقاء</h1><p>a &lt;script&gt; written as text stays</p></main>");
    expect(rewritten).toBe(
      `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="n" data-precedence="next"/>` +
        `<link rel="preload" href="/fonts/noto.woff2" as="font" type="font/woff2" crossorigin=""/><title>اليوم الدولي للتعاونيات</title></head>` +
        `<body><main><h1>اللقاء</h1><p>a &lt;script&gt; written as text stays</p></main><script type="application/ld+json">{"@type":"Event","name":"x"}</script>` +
        `<script async="" src="/js/public-pages.js"></script>\n</body></html>`,
    );
  });

  it("leaves a page with late-streamed content alone: React's scripts move it into place", () => {
    expect(withoutFrameworkScripts(`<html><body><template id="B:0"></template><div hidden id="S:0">x</div><script>$RC("B:0","S:0")</script></body></html>`)).toBeNull();
  });
});

// A real HTTP server wired as server.ts wires it, with a stand-in for Next that writes a page the way Next
// does (flushHeaders, then chunks, compressed when the request asks for it) or other answers.
let answer: "page" | "not-found" | "write-head" | "gzipped" = "page";
let acceptEncodingSeen: string | undefined;
const cache = new PageCache();

function standInForNext(req: http.IncomingMessage, res: http.ServerResponse) {
  acceptEncodingSeen = req.headers["accept-encoding"] as string | undefined;
  if (answer === "write-head") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
    return;
  }
  res.statusCode = answer === "not-found" ? 404 : 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", "s-maxage=300");
  res.setHeader("vary", "rsc, next-router-state-tree");
  if (answer === "gzipped") res.setHeader("content-encoding", "gzip");
  res.flushHeaders();
  // As Next's compression middleware does before the first chunk (Node's implicit header).
  res.writeHead(res.statusCode);
  const bytes = Buffer.from(PAGE);
  res.write(bytes.subarray(0, 333)); // cut inside a multi-byte character on purpose: decoded once, whole
  res.end(bytes.subarray(333));
}

const get = serveForTests((req, res) => {
  const key = cacheKeyFor(req);
  if (key) passThroughAndStore(key, req, res, cache);
  rewriteHtmlAnswer(req, res, withoutFrameworkScripts);
  standInForNext(req, res);
});

describe("rewriteHtmlAnswer", () => {
  it("sends the rewritten page compressed, with its length, to a browser that accepts gzip; Next is asked for it plain", async () => {
    answer = "page";
    const res = await get("/ar/events/a", { "accept-encoding": "gzip, br" });
    expect(acceptEncodingSeen).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(res.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(gunzipSync(res.body).toString("utf8")).toBe(withoutFrameworkScripts(PAGE));
  });

  it("sends it plain to a client that does not accept gzip, and the page cache keeps the rewritten copy", async () => {
    answer = "page";
    const res = await get("/ar/events/b");
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString("utf8")).toBe(withoutFrameworkScripts(PAGE));
    expect(cache.get("/ar/events/b")?.body.toString("utf8")).toBe(withoutFrameworkScripts(PAGE));
  });

  it("lets other answers through untouched: an error page, headers Next wrote itself, a body already compressed", async () => {
    answer = "not-found";
    const notFound = await get("/ar/events/c");
    expect(notFound.status).toBe(404);
    expect(notFound.body.toString("utf8")).toBe(PAGE);
    answer = "write-head";
    expect((await get("/ar/events/d")).body.toString("utf8")).toBe(PAGE);
    answer = "gzipped";
    const encoded = await get("/ar/events/e");
    expect(encoded.headers["content-encoding"]).toBe("gzip");
    expect(encoded.body.toString("utf8")).toBe(PAGE); // the stand-in's plain bytes, as sent: not touched
  });
});
