/**
 * Which Content-Security-Policy a page gets (see headers.ts), decided in proxy.ts before Next renders it.
 *
 * Every page gets a per-request nonce unless it is one of the pages cached for everyone. That list is short
 * and explicit on purpose: a new page (a setup page, a report) is protected without anyone thinking of it.
 * A page added to the list must be one Next caches (`revalidate`, ● or ○ in `next build`'s table) or one the
 * page cache of server.ts keeps (lib/page-cache/query-pages.ts); a page left off it must be rendered per
 * request (ƒ), or its scripts, rendered without the nonce, will not run.
 */
import { LOCALES } from "@/lib/i18n/locales";
import { contentSecurityPolicy } from "./headers";
import { DOWNLOAD_PATH, DOWNLOAD_POLICY } from "@/lib/screening/download";
import { isPublicQueryPage } from "@/lib/page-cache/query-pages";

const SHARED_CACHED_PAGES: RegExp[] = [
  // app/[locale]/events/[slug]/page.tsx (ISR, and kept by the page cache of server.ts)
  new RegExp(`^/(${LOCALES.join("|")})/events/[^/]+/?$`),
  // app/[locale]/calls/[slug]/page.tsx (ISR, as the event pages); not /calls/<slug>/apply, a form
  new RegExp(`^/(${LOCALES.join("|")})/calls/[^/]+/?$`),
  // app/[locale]/cooperatives/[id]/page.tsx (ISR, as the event pages)
  new RegExp(`^/(${LOCALES.join("|")})/cooperatives/[^/]+/?$`),
];

export function isSharedCachedPage(pathname: string): boolean {
  return SHARED_CACHED_PAGES.some((page) => page.test(pathname)) || isPublicQueryPage(pathname);
}

/** 128 random bits, base64: unguessable, and new for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Sets the policy Next must render `pathname` under on the request headers (Next takes the nonce from the
 * request's Content-Security-Policy), and returns the policy to send back, or null to keep the shared one of
 * next.config.ts. A policy the client sent itself is always removed: on a cached page it would put the
 * client's nonce into the copy served to everyone.
 */
export function applyPagePolicy(pathname: string, requestHeaders: Headers, isProduction: boolean): string | null {
  requestHeaders.delete("content-security-policy");
  requestHeaders.delete("content-security-policy-report-only");
  if (isSharedCachedPage(pathname)) return null;
  // An application's attached file (its route sets the same policy): no page, no script, sandboxed.
  if (DOWNLOAD_PATH.test(pathname)) return DOWNLOAD_POLICY;
  const policy = contentSecurityPolicy(isProduction, newNonce());
  requestHeaders.set("content-security-policy", policy);
  return policy;
}
