/**
 * Public pages that Next renders per request only because they read their query string (the results' filters),
 * though what they show depends on nothing else: no cookie, no session, no request header. Next cannot keep
 * them (a page that reads its query is dynamic), so the page cache of server.ts keeps them itself, by path and
 * query, for a few seconds: a page shared after an event and read by a crowd is rendered a few times a minute
 * instead of once per visitor. Their figures are already kept for a minute (lib/dashboards/public-results.ts),
 * and both are emptied together when a public record changes (lib/page-cache/forget.ts).
 *
 * A page listed here gets the shared Content-Security-Policy, not a per-request nonce (lib/security/page-policy.ts):
 * a copy served to many visitors cannot carry one.
 */
import { LOCALES } from "@/lib/i18n/locales";
import { dashboardFiltersToQuery, parseDashboardFilters } from "@/lib/dashboards/filter-url";

const QUERY_PAGES: RegExp[] = [
  // app/[locale]/results/page.tsx, whose query is the dashboard's filters (lib/dashboards/filter-url.ts)
  new RegExp(`^/(${LOCALES.join("|")})/results/?$`),
];

/** How long a kept copy is served. */
export const QUERY_PAGE_MAX_AGE_MS = 10_000;

export function isPublicQueryPage(pathname: string): boolean {
  return QUERY_PAGES.some((page) => page.test(pathname));
}

/**
 * Whether the page cache may keep this address with its query: a listed page, and a query written exactly as
 * the app writes its filter links (known filters with valid values, in their fixed order). Anything else (an
 * unknown parameter, a bad value, another order) is rendered by Next as usual but not kept, so made-up
 * addresses cannot fill the cache with copies of the same page.
 */
export function isKeptQueryPage(pathname: string, query: string): boolean {
  return isPublicQueryPage(pathname) && query !== "" && dashboardFiltersToQuery(parseDashboardFilters(new URLSearchParams(query))) === query;
}
