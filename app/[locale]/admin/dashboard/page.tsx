import type { Metadata } from "next";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { renderDashboardSection, type DashboardSearchParams } from "@/components/dashboard/dashboard-section-page";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { ReconciliationSection } from "@/components/dashboard/reconciliation-section";

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("overview");

/** The dashboard's first page: headline, zone × phase, who paid, then the figures reported at meetings. */
export default async function DashboardPage({ searchParams }: { searchParams: DashboardSearchParams }) {
  return renderDashboardSection("overview", searchParams, ({ data, locale, pathname }) => (
    <>
      <DashboardOverview dashboard={data.dashboard} locale={locale} pathname={pathname} />
      <ReconciliationSection items={data.reconciliation} locale={locale} />
    </>
  ));
}
