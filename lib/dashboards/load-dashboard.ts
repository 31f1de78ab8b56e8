import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import { parseDashboardFilters } from "@/lib/dashboards/filter-url";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Filters from the URL, narrowed to what the user may see (only national users choose a prefecture). */
export function filtersFor(user: SessionUser, params: RawParams): DashboardFilters {
  const filters = parseDashboardFilters(params);
  if (!user.isNational) delete filters.prefectureId;
  return filters;
}

/** The page, the print view and the downloads all compute the dashboard the same way. */
export async function loadDashboard(user: SessionUser, params: RawParams, locale: AppLocale) {
  const filters = filtersFor(user, params);
  return getDashboard(user, filters, locale);
}
