import type { Metadata } from "next";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { renderDashboardSection, type DashboardSearchParams } from "@/components/dashboard/dashboard-section-page";
import { DashboardBreakdowns } from "@/components/dashboard/dashboard-breakdowns";

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("breakdowns");

/** The dashboard's money by year, programme, axis, commune or prefecture, sector and status. */
export default async function DashboardBreakdownsPage({ searchParams }: { searchParams: DashboardSearchParams }) {
  return renderDashboardSection("breakdowns", searchParams, ({ data, locale, pathname }) => (
    <DashboardBreakdowns dashboard={data.dashboard} locale={locale} pathname={pathname} />
  ));
}
