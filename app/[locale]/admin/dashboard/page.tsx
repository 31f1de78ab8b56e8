import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardSection } from "@/lib/dashboards/dashboard-page-data";
import { dashboardSectionPath } from "@/lib/dashboards/dashboard-sections";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { ReconciliationSection } from "@/components/dashboard/reconciliation-section";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("overview");

/** The dashboard's first page: headline, zone × phase, who paid, then the figures reported at meetings. */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  // Computed once per view until the records change: lib/dashboards/dashboard-page-data.ts.
  const data = await loadDashboardSection("overview", user, await searchParams, locale);
  const pathname = getPathname({ locale, href: dashboardSectionPath("overview") });
  return (
    <DashboardFrame section="overview" data={data} locale={locale}>
      <DashboardOverview dashboard={data.dashboard} locale={locale} pathname={pathname} />
      <ReconciliationSection items={data.reconciliation} locale={locale} />
    </DashboardFrame>
  );
}
