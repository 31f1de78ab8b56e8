import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardSection } from "@/lib/dashboards/dashboard-page-data";
import { dashboardSectionPath } from "@/lib/dashboards/dashboard-sections";
import { dashboardSectionMetadata } from "@/components/dashboard/dashboard-section-metadata";
import { DashboardFrame } from "@/components/dashboard/dashboard-frame";
import { OutcomesSection } from "@/components/dashboard/outcomes-section";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = (): Promise<Metadata> => dashboardSectionMetadata("outcomes");

/** What the funded projects produced on the ground: jobs (women, young people), states found, visits due. */
export default async function DashboardOutcomesPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const data = await loadDashboardSection("outcomes", user, await searchParams, locale);
  const pathname = getPathname({ locale, href: dashboardSectionPath("outcomes") });
  return (
    <DashboardFrame section="outcomes" data={data} locale={locale}>
      <OutcomesSection outcomes={data.outcomes} locale={locale} pathname={pathname} filters={data.filters} />
    </DashboardFrame>
  );
}
