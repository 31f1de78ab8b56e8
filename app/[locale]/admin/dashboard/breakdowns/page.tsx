import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardSection } from "@/lib/dashboards/dashboard-page-data";
import { dashboardSectionPath } from "@/lib/dashboards/dashboard-sections";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { DashboardBreakdowns } from "@/components/dashboard/dashboard-breakdowns";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("breakdowns");

/** The dashboard's money by year, programme, axis, commune or prefecture, sector and status. */
export default async function DashboardBreakdownsPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const data = await loadDashboardSection("breakdowns", user, await searchParams, locale);
  const pathname = getPathname({ locale, href: dashboardSectionPath("breakdowns") });
  return (
    <DashboardFrame section="breakdowns" data={data} locale={locale}>
      <DashboardBreakdowns dashboard={data.dashboard} locale={locale} pathname={pathname} />
    </DashboardFrame>
  );
}
