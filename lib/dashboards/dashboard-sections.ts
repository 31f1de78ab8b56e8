/**
 * The dashboard's pages, in the order managers read them: the overview (headline, zone × phase, who paid,
 * cancelled grants, the figures reported at meetings), the breakdowns (year, programme, axis, commune or
 * prefecture, sector, status), the outcomes on the ground (jobs, women, young people, visits) and the
 * applications' pipeline. One page of the national dashboard was 660 kB of HTML with 76 drawings: split,
 * each page is a fraction of that to render and to download on a phone, and each computes only its figures.
 * The filters stay in the URL from one page to the next.
 */
export const DASHBOARD_SECTIONS = ["overview", "breakdowns", "outcomes", "applications"] as const;
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number];

/** The section's path below the locale: the overview is the dashboard's own address. */
export function dashboardSectionPath(section: DashboardSection): string {
  return section === "overview" ? "/admin/dashboard" : `/admin/dashboard/${section}`;
}
