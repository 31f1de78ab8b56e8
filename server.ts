/**
 * The production server (`npm start`): Next's request handler behind a small page cache.
 *
 * Why not plain `next start`: a cached event page still costs Next 2 to 4 ms of CPU per visit (routing, the
 * locale proxy, reading its cache), about ten times a static file, and compressing its 128 kB costs more.
 * The cache here answers repeated visits to shareable pages (lib/page-cache/http.ts says which) straight
 * from memory, compressed once, for at most 10 seconds or the page's own s-maxage. The app empties it
 * whenever it revalidates a public page (lib/page-cache/forget.ts), so an edit shows on the next visit.
 * On PostgreSQL several instances may serve one deployment (behind nginx, README "Deployment"): each tells
 * the others what it revalidated and how far its imports have got, over the database (lib/cluster), so an
 * edit made through one shows on every instance's pages at the next visit.
 */
import fs from "node:fs";
import http from "node:http";
import next from "next";
import { PageCache } from "@/lib/page-cache/page-cache";
import { cacheKeyFor, isDocumentRequest, passThroughAndStore, serveCached } from "@/lib/page-cache/http";
import { rewriteHtmlAnswer } from "@/lib/page-cache/rewrite-answer";
import { isScriptFreePage, withoutFrameworkScripts } from "@/lib/page-cache/script-free";
import { registerPageCache } from "@/lib/page-cache/forget";
import { pinHostToPublicBaseUrl } from "@/lib/page-cache/canonical-host";
import { clientAddressStamper } from "@/lib/http/client-address";
import { createRepeatLimitedLog } from "@/lib/logging/repeat-limited-log";
import { answerMalformedPath, hasMalformedPath } from "@/lib/http/malformed-url";
import { answerOversizedBody, isOversizedPost } from "@/lib/http/oversized-body";
import { publicBaseUrl } from "@/lib/public-base-url";
import { startUpMessage } from "@/lib/setup/start-up-message";
import { startClusterSync } from "@/lib/cluster/sync";
import { CACHE_HANDLER_PATH } from "@/lib/cluster/cache-handler-path";

// Every error and warning line of the process (this file's, Next's request errors, Next's unhandledRejection
// and uncaughtException handlers) goes through a log that writes a repeated message once a minute with a
// count: a broken process once wrote the same error in a loop, 22 GB in 6 minutes.
const errorLog = createRepeatLimitedLog({ write: (text) => void process.stderr.write(`${text}\n`) });
console.error = errorLog.error;
console.warn = errorLog.error;
setInterval(() => errorLog.flush(), 10_000).unref();

const port = Number(process.env.PORT ?? 3000);
// The client's address for the rate limits, from the socket or per TRUST_PROXY (a bad value stops the start).
const stampClientAddress = clientAddressStamper();

/** A public page asked for as a document (lib/page-cache/script-free.ts); PUBLIC_PAGE_SCRIPTS=on keeps Next's scripts. */
function isScriptFreeDocument(req: http.IncomingMessage): boolean {
  if (req.method !== "GET" || process.env.PUBLIC_PAGE_SCRIPTS === "on") return false;
  return isScriptFreePage((req.url ?? "").split("?")[0]!) && isDocumentRequest(req);
}

async function main() {
  const app = next({ dev: false, dir: __dirname, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = new PageCache();
  registerPageCache(cache);
  // The same module Next loads as its cache handler (next.config.ts): it expires what the others revalidated.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cacheHandler = require(CACHE_HANDLER_PATH) as Parameters<typeof startClusterSync>[0]["cacheHandler"];
  const cluster = await startClusterSync({ databaseUrl: process.env.DATABASE_URL, cacheHandler });

  const server = http.createServer((req, res) => {
    stampClientAddress(req);
    // Next answers a broken %-escape in the path with 500; it is the client's mistake: 400.
    if (hasMalformedPath(req.url)) return answerMalformedPath(req.url, res);
    // Next answers a form past the server actions' body limit with a bare 500: 413 and a page that helps.
    if (isOversizedPost(req)) return answerOversizedBody(req, res);
    const key = process.env.PAGE_CACHE === "off" ? null : cacheKeyFor(req);
    const cached = key ? cache.get(key) : undefined;
    if (cached) return serveCached(cached, req, res, cache);
    if (key) pinHostToPublicBaseUrl(req); // a cacheable answer must not depend on a client-chosen host
    if (key) passThroughAndStore(key, req, res, cache);
    // After the store above: the page cache keeps the page as it was sent, without its scripts.
    if (isScriptFreeDocument(req)) rewriteHtmlAnswer(req, res, withoutFrameworkScripts);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port, () => {
    const hasAdministrator = !fs.existsSync(process.env.SETUP_TOKEN_FILE || "data/setup-token");
    console.log(startUpMessage({ localUrl: `http://localhost:${port}`, publicUrl: publicBaseUrl(), hasAdministrator }));
  });
  // A clean stop on SIGTERM (systemd, docker stop): open requests finish, then the process exits.
  process.once("SIGTERM", () => server.close(() => void (cluster?.stop() ?? Promise.resolve()).finally(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
