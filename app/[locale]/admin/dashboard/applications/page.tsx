import type { Metadata } from "next";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { renderDashboardSection, type DashboardSearchParams } from "@/components/dashboard/dashboard-section-page";
import { PipelineSection } from "@/components/dashboard/pipeline-section";

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("applications");

/** Where the applications went, stage by stage, with the approval rate and the delays. */
export default async function DashboardApplicationsPage({ searchParams }: { searchParams: DashboardSearchParams }) {
  return renderDashboardSection("applications", searchParams, ({ data, locale, pathname }) => (
    <PipelineSection pipeline={data.pipeline} locale={locale} pathname={pathname} filters={data.filters} />
  ));
}
