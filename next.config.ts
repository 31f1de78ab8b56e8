import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/headers";
import { CACHE_HANDLER_PATH } from "./lib/cluster/cache-handler-path";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: where `next build` writes and the server reads. The tests, the reliability suite and the
  // benchmarks build into .next-test (scripts/test-build-dir.sh), because a build empties its directory
  // first: building into .next would pull the pages' chunks from under an `npm start` of the same folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Cached pages (the public event pages) stay in memory (Next caps it at 50 MB) instead of being written
  // to disk: every unknown slug is cached as a 404 too, and random URLs must not be able to fill the disk.
  // authInterrupts: forbidden() answers 403 with app/[locale]/forbidden.tsx (a read-only role opening a
  // write page is told it is not allowed, not that the page does not exist).
  // serverActions.bodySizeLimit: an application carries up to 20 MB of files (lib/files/limits.ts) plus its
  // text fields. proxyClientMaxBodySize: proxy.ts runs on every page, so Next buffers each request body for
  // it, and past this size (10 MB by default) the action would get a truncated body. A form larger than this
  // is answered by server.ts before Next sees it (lib/http/oversized-body.ts, MAX_ACTION_BODY_BYTES: keep equal).
  // Next's own cache, which also tells the other app instances what was revalidated (lib/cluster).
  cacheHandler: CACHE_HANDLER_PATH,
  experimental: { isrFlushToDisk: false, authInterrupts: true, serverActions: { bodySizeLimit: "21mb" }, proxyClientMaxBodySize: "21mb" },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // The subset web fonts (scripts/subset-fonts.ts) carry a hash of their content in their names.
      { source: "/fonts/:file", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // The public pages' own script, asked for with the hash of its content (components/layout/public-pages-script.tsx).
      { source: "/js/:file", has: [{ type: "query", key: "v" }], headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
      // An applicant's private follow-up link carries its only key in the path: no page under it may send
      // it on as a referrer or let a search engine keep it (the later entry wins for the same header).
      { source: "/:locale/application/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }, { key: "X-Robots-Tag", value: "noindex, nofollow" }] },
    ];
  },
  // Browsers ask for /favicon.ico by themselves on documents that name no icon (a PDF or an attached file
  // opened in a tab): the app's icon answers, rather than a 404 in every such visit's console.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
};

export default withNextIntl(nextConfig);
