/**
 * Public pages that Next renders per request though what they show depends on no cookie, no session and no
 * request header: the results, because they read their query string, and the home page, because its open
 * calls and figures are read at request time (`connection()`). Next cannot keep them, so the page cache of
 * server.ts keeps them itself for a few seconds: a page shared after an event and read by a crowd is rendered
 * a few times a minute instead of once per visitor. The home page is kept by its path alone, the results by
 * path and query. Their figures are already kept for a minute (lib/dashboards/public-results.ts), and both are
 * emptied together when a public record changes (lib/page-cache/forget.ts). A call that closes is still
 * listed as open on the home page for at most QUERY_PAGE_MAX_AGE_MS, as a page in a browser's tab would be.
 *
 * A page listed here gets the shared Content-Security-Policy, not a per-request nonce (lib/security/page-policy.ts):
 * a copy served to many visitors cannot carry one.
 */
import { LOCALES } from "@/lib/i18n/locales";
import { dashboardFiltersToQuery, parseDashboardFilters } from "@/lib/dashboards/filter-url";

const LOCALE = `(${LOCALES.join("|")})`;
// Kept by path and canonical query (and without a query).
const QUERY_PAGES: RegExp[] = [
  // app/[locale]/results/page.tsx, whose query is the dashboard's filters (lib/dashboards/filter-url.ts)
  new RegExp(`^/${LOCALE}/results/?$`),
];
// Kept by path alone: a query on them is rendered by Next every time.
const PATH_PAGES: RegExp[] = [
  // app/[locale]/page.tsx, the home page
  new RegExp(`^/${LOCALE}/?$`),
];

/** How long a kept copy is served. */
export const QUERY_PAGE_MAX_AGE_MS = 10_000;

/** Whether the page cache keeps this page for QUERY_PAGE_MAX_AGE_MS though Next renders it per request. */
export function isPublicQueryPage(pathname: string): boolean {
  return QUERY_PAGES.some((page) => page.test(pathname)) || PATH_PAGES.some((page) => page.test(pathname));
}

/**
 * Whether the page cache may keep this address with its query: a results page, and a query written exactly as
 * the app writes its filter links (known filters with valid values, in their fixed order). Anything else (an
 * unknown parameter, a bad value, another order, any query on the home page) is rendered by Next as usual but
 * not kept, so made-up addresses cannot fill the cache with copies of the same page.
 */
export function isKeptQueryPage(pathname: string, query: string): boolean {
  return QUERY_PAGES.some((page) => page.test(pathname)) && query !== "" && dashboardFiltersToQuery(parseDashboardFilters(new URLSearchParams(query))) === query;
}
