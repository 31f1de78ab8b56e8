import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/lib/format/dates";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import type { DashboardFrameData } from "@/lib/dashboards/dashboard-page-data";
import { DASHBOARD_SECTIONS, dashboardSectionPath, type DashboardSection } from "@/lib/dashboards/dashboard-sections";
import { DashboardFiltersForm } from "@/components/dashboard/dashboard-filters";
import { DemoNotice } from "@/components/layout/demo-notice";

type Props = { section: DashboardSection; data: DashboardFrameData; locale: AppLocale; children: React.ReactNode };

const BUTTON = "rounded-md border border-brand-600 px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50";

/**
 * What every page of the dashboard shows around its figures: the title, the pages (the filters follow from
 * one to the next), the filters, the downloads and print view of the whole selection, and how old the
 * figures are. The pages are plain links: Next's Link would prefetch the other three pages' figures, each
 * a server render, for every manager who opens one.
 */
export async function DashboardFrame({ section, data, locale, children }: Props) {
  const t = await getTranslations("DashboardPage");
  const d = await getTranslations("Dashboard");
  const r = await getTranslations("ReportPack");
  const phone = await getTranslations("PhoneLayout");
  const query = dashboardFiltersToQuery(data.filters);
  const withQuery = (path: string, extra?: string) => `${getPathname({ locale, href: path })}?${[query, extra].filter(Boolean).join("&")}`;
  const sectionHref = (s: DashboardSection) => (query ? withQuery(dashboardSectionPath(s)) : getPathname({ locale, href: dashboardSectionPath(s) }));
  return (
    <div className="space-y-5 md:space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800 md:text-3xl">{t("title")}</h1>
        <p className="text-slate-800">{t("lead")}</p>
      </header>
      <nav aria-label={t("sectionsLabel")} className="no-print">
        {/* Two by two on a phone, one row from the md width. */}
        <ul className="grid grid-cols-2 gap-2 md:flex md:flex-wrap" data-testid="dashboard-sections">
          {DASHBOARD_SECTIONS.map((s) => (
            <li key={s}>
              <a href={sectionHref(s)} aria-current={s === section ? "page" : undefined}
                className={`block h-full rounded-md px-3 py-2 text-center font-semibold md:px-4 ${s === section ? "bg-brand-700 text-white" : "border border-brand-600 text-brand-800 hover:bg-brand-50"}`}>
                {t(`sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <DashboardFiltersForm filters={data.filters} options={data.options} pathname={getPathname({ locale, href: dashboardSectionPath(section) })} />
      {/* Folded on a phone like the filters, so that the figures come sooner; always open from the md width. */}
      <details className="fold-below-md no-print rounded-lg border border-brand-100 bg-white md:border-0 md:bg-transparent">
        <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800">{phone("exportsToggle")}</summary>
        <nav aria-label={t("exports")} className="flex flex-wrap gap-3 p-4 pt-1 md:p-0">
          <a href={withQuery("/admin/dashboard/export", "format=csv")} className={BUTTON} download>{t("csv")}</a>
          <a href={withQuery("/admin/dashboard/export", "format=xlsx")} className={BUTTON} download>{t("xlsx")}</a>
          <a href={withQuery("/admin/dashboard/print")} className={BUTTON}>{t("print")}</a>
          <a href={withQuery("/admin/reports/committee")} className={BUTTON}>{r("link")}</a>
        </nav>
      </details>
      <p className="text-sm text-slate-700" data-testid="figures-as-of">{d("asOf", { time: formatDateTime(data.computedAt, locale) })}</p>
      {data.beingUpdated && (
        <p role="status" className="rounded-md border border-brand-100 bg-brand-50 px-4 py-2 text-sm text-brand-800" data-testid="figures-being-updated">
          {d("beingUpdated")}
        </p>
      )}
      {data.includesDemoData && <DemoNotice />}
      {children}
    </div>
  );
}
