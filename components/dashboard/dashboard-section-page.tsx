import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardSection, type DashboardSectionData } from "@/lib/dashboards/dashboard-page-data";
import { dashboardSectionPath, type DashboardSection } from "@/lib/dashboards/dashboard-sections";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";

export type DashboardSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * One page of the dashboard: a manager's view of `section` (computed once until the records change,
 * lib/dashboards/dashboard-page-data.ts) in the frame every page shares; `figures` draws the page's own part.
 * `pathname` is the page's address, where its bars and rows link with narrower filters.
 */
export async function renderDashboardSection<S extends DashboardSection>(
  section: S,
  searchParams: DashboardSearchParams,
  figures: (page: { data: DashboardSectionData<S>; locale: AppLocale; pathname: string }) => React.ReactNode,
) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const data = await loadDashboardSection(section, user, await searchParams, locale);
  const pathname = getPathname({ locale, href: dashboardSectionPath(section) });
  return (
    <DashboardFrame section={section} data={data} locale={locale}>
      {figures({ data, locale, pathname })}
    </DashboardFrame>
  );
}
