import type { Metadata } from "next";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { renderDashboardSection, type DashboardSearchParams } from "@/components/dashboard/dashboard-section-page";
import { OutcomesSection } from "@/components/dashboard/outcomes-section";

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("outcomes");

/** What the funded projects produced on the ground: jobs (women, young people), states found, visits due. */
export default async function DashboardOutcomesPage({ searchParams }: { searchParams: DashboardSearchParams }) {
  return renderDashboardSection("outcomes", searchParams, ({ data, locale, pathname }) => (
    <OutcomesSection outcomes={data.outcomes} locale={locale} pathname={pathname} filters={data.filters} />
  ));
}
