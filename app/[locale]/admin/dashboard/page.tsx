import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadDashboardPage } from "@/lib/dashboards/dashboard-page-data";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { ReconciliationSection } from "@/components/dashboard/reconciliation-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { OutcomesSection } from "@/components/dashboard/outcomes-section";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DashboardPage");
  return { title: t("title") };
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("DashboardPage");
  // Computed once per view until the records change: lib/dashboards/dashboard-page-data.ts.
  const { dashboard, options, pipeline, outcomes, reconciliation } = await loadDashboardPage(user, await searchParams, locale);
  const pathname = getPathname({ locale, href: "/admin/dashboard" });
  const query = dashboardFiltersToQuery(dashboard.filters);
  const r = await getTranslations("ReportPack");
  const withQuery = (path: string, extra?: string) => `${getPathname({ locale, href: path })}?${[query, extra].filter(Boolean).join("&")}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-800">{t("lead")}</p>
      </header>
      <DashboardFiltersForm filters={dashboard.filters} options={options} pathname={pathname} />
      <nav aria-label={t("exports")} className="no-print flex flex-wrap gap-3">
        <a href={withQuery("/admin/dashboard/export", "format=csv")} className="rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50" download>{t("csv")}</a>
        <a href={withQuery("/admin/dashboard/export", "format=xlsx")} className="rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50" download>{t("xlsx")}</a>
        <a href={withQuery("/admin/dashboard/print")} className="rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">{t("print")}</a>
        <a href={withQuery("/admin/reports/committee")} className="rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">{r("link")}</a>
      </nav>
      <DashboardBody dashboard={dashboard} locale={locale} pathname={pathname} />
      <OutcomesSection outcomes={outcomes} locale={locale} pathname={pathname} filters={dashboard.filters} />
      <PipelineSection pipeline={pipeline} locale={locale} pathname={pathname} filters={dashboard.filters} />
      <ReconciliationSection items={reconciliation} locale={locale} />
    </div>
  );
}
