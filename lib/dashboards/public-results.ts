import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import type { Dashboard, DashboardFilters } from "@/lib/dashboards/dashboard-types";

// Public visitors read the same aggregates as managers, across every prefecture, through a reader with no
// account: it can read aggregates only (the public page shows no record and no per-cooperative amount).
const PUBLIC_READER: SessionUser = { id: 0, email: "public", name: "public", role: "MANAGER", isNational: true, prefectureId: 0 };

/** Only the filters a public page offers: period and zone. */
export async function getPublicResults(locale: AppLocale, filters: DashboardFilters): Promise<Dashboard> {
  const { fromYear, toYear, zone, phaseId } = filters;
  return getDashboard(PUBLIC_READER, { fromYear, toYear, zone, phaseId }, locale);
}
