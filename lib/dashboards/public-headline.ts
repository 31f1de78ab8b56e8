import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import type { HeadlineFigures } from "@/lib/dashboards/types";
import { getPublicResults } from "@/lib/dashboards/public-results";
import { headlineOfDashboard } from "@/lib/dashboards/headline-of-dashboard";

/**
 * The home page's figures (the country's totals, by zone), read from the public results' unfiltered view.
 * That view is computed from the grant summaries and kept a minute, shared by every visitor and forgotten on
 * every public edit (./public-results.ts): the home page, the first page of every visit, no longer computes
 * seven aggregates on Grant per visitor (1.7 s at 1,000,000 grants, BENCHMARKS.md), and it shows the same
 * figures as /results, computed once for both.
 */
export async function getPublicHeadline(locale: AppLocale): Promise<HeadlineFigures> {
  return headlineOfDashboard(await getPublicResults(locale, {}));
}
