/**
 * Gives Next the site's own address (PUBLIC_BASE_URL) instead of the one a client claims, on the requests
 * whose answer may be cached for everyone (server.ts calls it for each request cacheKeyFor accepts).
 *
 * Why: whatever Next builds from Host, X-Forwarded-Host or X-Forwarded-Proto (next-intl's `Link` alternates)
 * would otherwise name any host a client chose, and a shared cache in front of the app (nginx, a CDN) keys on
 * the path, not on those headers. The page cache of this app replays only an allow-list of headers
 * (http.ts); this keeps even the first answer clean. The app already writes every absolute link from
 * PUBLIC_BASE_URL (lib/public-base-url.ts), so nothing else changes. Form posts (server actions, uploads)
 * are never cached and keep their Host, which Next compares with their Origin.
 */
import type { IncomingMessage } from "node:http";
import { publicBaseUrl } from "@/lib/public-base-url";

export function pinHostToPublicBaseUrl(req: IncomingMessage): void {
  const site = new URL(publicBaseUrl());
  req.headers.host = site.host;
  req.headers["x-forwarded-proto"] = site.protocol.replace(":", "");
  delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-port"];
}
