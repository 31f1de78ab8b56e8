import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { DemoNotice } from "@/components/layout/demo-notice";
import { DashboardOverview } from "@/components/dashboard/dashboard-overview";
import { DashboardBreakdowns } from "@/components/dashboard/dashboard-breakdowns";

/**
 * The money figures of the print view, every table open and no links: the overview page's, then the
 * breakdowns page's, on paper one after the other.
 */
export async function DashboardBody({ dashboard, locale, pathname }: { dashboard: Dashboard; locale: AppLocale; pathname: string }) {
  const t = await getTranslations("Dashboard");
  return (
    <div className="space-y-10">
      <p className="text-sm text-slate-700">{t("asOf", { time: formatDateTime(dashboard.computedAt, locale) })}</p>
      {dashboard.includesDemoData && <DemoNotice />}
      <DashboardOverview dashboard={dashboard} locale={locale} pathname={pathname} print />
      <DashboardBreakdowns dashboard={dashboard} locale={locale} pathname={pathname} print />
    </div>
  );
}
