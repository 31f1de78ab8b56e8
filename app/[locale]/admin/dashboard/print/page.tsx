import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { loadCurrentFigures } from "@/lib/dashboards/dashboard-page-data";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import { describeFilters } from "@/lib/exports/filters-description";
import { DashboardBody } from "@/components/dashboard/dashboard-body";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { OutcomesSection } from "@/components/dashboard/outcomes-section";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintLetterhead } from "@/components/dashboard/print-letterhead";
import { PrintPageStyle } from "@/components/dashboard/print-page-style";
import { getPrintPrefecture } from "@/lib/dashboards/print-header";
import { formatIssueDate } from "@/lib/format/dates";
import { localized } from "@/lib/i18n/localized";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DashboardPage");
  return { title: t("printTitle") };
}

/**
 * The whole dashboard for a committee meeting: every table open, no links, under an official letterhead
 * with the filters written out and the date; A4, numbered pages (PrintPageStyle).
 */
export default async function DashboardPrintPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("DashboardPage");
  const d = await getTranslations("Dashboard");
  const h = await getTranslations("PrintHeader");
  const { dashboard, outcomes, pipeline } = await loadCurrentFigures(user, await searchParams, locale);
  const tr = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const pathname = getPathname({ locale, href: "/admin/dashboard" });
  const prefecture = await getPrintPrefecture(user, dashboard.filters);
  return (
    <div className="space-y-6">
      <PrintPageStyle pageLabel={h("page", { page: "PAGE", pages: "PAGES" })} />
      <header className="space-y-3">
        <PrintLetterhead prefecture={prefecture} />
        <h1 className="text-3xl font-bold text-brand-800">{t("printTitle")}</h1>
        <p className="text-slate-800">{h("printedOn", { date: formatIssueDate(dashboard.computedAt, locale) })}</p>
        <h2 className="font-semibold text-slate-800">{h("filtersTitle")}</h2>
        <ul className="list-disc ps-5 text-slate-800" data-testid="print-filters">
          {describeFilters(dashboard, tr, { prefectureId: prefecture ? localized(locale, prefecture.nameAr, prefecture.nameFr) : undefined }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="no-print flex gap-4">
          <PrintButton label={t("printNow")} />
          <a href={`${pathname}?${dashboardFiltersToQuery(dashboard.filters)}`} className="underline">{t("back")}</a>
        </p>
      </header>
      <DashboardBody dashboard={dashboard} locale={locale} pathname={pathname} />
      <OutcomesSection outcomes={outcomes} locale={locale} pathname={pathname} filters={dashboard.filters} print />
      <PipelineSection pipeline={pipeline} locale={locale} pathname={pathname} filters={dashboard.filters} print />
    </div>
  );
}
