import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { loadDashboard } from "@/lib/dashboards/load-dashboard";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import { getPipeline } from "@/lib/dashboards/pipeline-queries";
import { getOutcomes } from "@/lib/dashboards/outcome-queries";
import { getPrintPrefecture } from "@/lib/dashboards/print-header";
import { getDashboardFilterOptions } from "@/lib/dashboards/filter-options";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { describeFilters } from "@/lib/exports/filters-description";
import { moroccoToday } from "@/lib/conventions/rules";
import { getDecisionsToTake, getTranchesDue, listProjectsAtRisk } from "@/lib/report-pack/queries";
import { formatCalendarDate, formatIssueDate } from "@/lib/format/dates";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { OutcomesSection } from "@/components/dashboard/outcomes-section";
import { ReportPageStyle } from "@/components/report-pack/report-page-style";
import { ReportCover } from "@/components/report-pack/report-cover";
import { FiguresSection } from "@/components/report-pack/figures-section";
import { TranchesSection } from "@/components/report-pack/tranches-section";
import { AtRiskSection } from "@/components/report-pack/at-risk-section";
import { DecisionsSection } from "@/components/report-pack/decisions-section";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ReportPack");
  return { title: t("title") };
}

/**
 * The committee's report pack (CPDH): one printable document for a chosen period and the dashboard's
 * filters (same URL parameters), on A4 sheets with a running header and page numbers. Every figure is
 * read within the user's prefecture (a national user's choice): the dashboard's loaders and
 * lib/report-pack/queries.ts scope them.
 */
export default async function CommitteeReportPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("ReportPack");
  const d = await getTranslations("Dashboard");
  const h = await getTranslations("PrintHeader");
  const pipelineT = await getTranslations("Pipeline");
  const outcomesT = await getTranslations("DashboardOutcomes");
  const dt = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const dashboard = await loadDashboard(user, await searchParams, locale);
  const filters = dashboard.filters;
  const now = dashboard.computedAt;
  const today = moroccoToday(now);
  const [options, prefecture, pipeline, outcomes, tranches, atRisk, decisions] = await Promise.all([
    getDashboardFilterOptions(user, locale, filters.prefectureId, filters.communeId),
    getPrintPrefecture(user, filters),
    getPipeline(user, filters, locale),
    getOutcomes(user, filters, locale, now),
    getTranchesDue(user, filters, locale, today),
    listProjectsAtRisk(user, filters, locale, today),
    getDecisionsToTake(user, filters, locale),
  ]);
  const pathname = getPathname({ locale, href: "/admin/dashboard" });
  const query = dashboardFiltersToQuery(filters);
  const prefectureName = prefecture ? localized(locale, prefecture.nameAr, prefecture.nameFr) : h("allPrefectures");
  const period = periodText(filters, (key, values) => t(key as "title", values));
  const contents = [
    { id: "report-figures", title: t("figures.title") },
    { id: "pipeline", title: pipelineT("title") },
    { id: "report-tranches", title: t("tranches.title") },
    { id: "outcomes", title: outcomesT("title") },
    { id: "report-at-risk", title: t("atRisk.title") },
    { id: "report-decisions", title: t("decisions.title") },
  ];
  return (
    <article className="report-pack" data-testid="report-pack">
      <ReportPageStyle
        pageLabel={h("page", { page: "PAGE", pages: "PAGES" })}
        header={t("runningHeader", { prefecture: prefectureName, title: t("runningTitle"), period })}
        dir={directionOf(locale)}
      />
      {/* On screen only: choose the period and filters of the report (a GET form to this page). */}
      <div className="no-print mb-6">
        <DashboardFiltersForm filters={filters} options={options} pathname={getPathname({ locale, href: "/admin/reports/committee" })} />
      </div>
      <ReportCover
        prefecture={prefecture} prefectureName={prefectureName} period={period}
        printedOn={formatIssueDate(now, locale)} situationOn={formatCalendarDate(today, locale)}
        filters={describeFilters(dashboard, dt, { prefectureId: prefecture ? prefectureName : undefined })}
        contents={contents} includesDemoData={dashboard.includesDemoData}
        backHref={query ? `${pathname}?${query}` : pathname}
      />
      <FiguresSection dashboard={dashboard} locale={locale} pathname={pathname} />
      <div className="report-page pt-10 print:pt-0">
        <PipelineSection pipeline={pipeline} locale={locale} pathname={pathname} filters={filters} print />
      </div>
      <TranchesSection tranches={tranches} locale={locale} dt={dt} />
      <div className="report-page pt-10 print:pt-0">
        <OutcomesSection outcomes={outcomes} locale={locale} pathname={pathname} filters={filters} print />
      </div>
      <AtRiskSection projects={atRisk} locale={locale} />
      <DecisionsSection decisions={decisions} locale={locale} dt={dt} />
    </article>
  );
}

/** The period in words: "De 2019 à 2025", "À partir de 2019", "Toutes les années". */
function periodText(filters: DashboardFilters, t: (key: string, values?: Record<string, string>) => string): string {
  const { fromYear, toYear } = filters;
  if (fromYear !== undefined && toYear !== undefined) return t("period.range", { from: String(fromYear), to: String(toYear) });
  if (fromYear !== undefined) return t("period.from", { from: String(fromYear) });
  if (toYear !== undefined) return t("period.to", { to: String(toYear) });
  return t("period.all");
}
