import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardSection } from "@/lib/dashboards/dashboard-page-data";
import { dashboardSectionPath } from "@/lib/dashboards/dashboard-sections";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { PipelineSection } from "@/components/dashboard/pipeline-section";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("applications");

/** Where the applications went, stage by stage, with the approval rate and the delays. */
export default async function DashboardApplicationsPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const data = await loadDashboardSection("applications", user, await searchParams, locale);
  const pathname = getPathname({ locale, href: dashboardSectionPath("applications") });
  return (
    <DashboardFrame section="applications" data={data} locale={locale}>
      <PipelineSection pipeline={data.pipeline} locale={locale} pathname={pathname} filters={data.filters} />
    </DashboardFrame>
  );
}
