// What every chart receives. Text comes translated through `t` and formatted through lib/format.
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardHref, type DashboardFilterChange } from "@/lib/dashboards/filter-url";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import type { DashboardTranslate } from "@/lib/exports/translate";

/**
 * Where drill-down links go: the dashboard's localized path, as the page gets it from
 * getPathname({ locale, href: "/admin/dashboard" }) ("/ar/admin/dashboard"), and the filters shown now.
 * Charts stay free of the router so that they render anywhere (tests, print, previews).
 */
export type DrillLink = { pathname: string; filters: DashboardFilters };

export type ChartBaseProps = {
  title: string;
  locale: AppLocale;
  t: DashboardTranslate;
  /** Without it (print, export previews) bars and rows are not links. */
  link?: DrillLink;
  /** Show the data table open under the chart instead of inside a <details>. */
  tableOpen?: boolean;
};

export function chartDir(locale: AppLocale): "rtl" | "ltr" {
  return directionOf(locale);
}

/** The URL of the dashboard narrowed by `change`; undefined when there is nothing to narrow. */
export function drillHref(link: DrillLink | undefined, change: DashboardFilterChange): string | undefined {
  if (!link || Object.keys(change).length === 0) return undefined;
  return dashboardHref(link.pathname, link.filters, change);
}

/**
 * "title: a 1, b 2, c 3 and 4 others" for the chart's accessible name. The list's own "and" (Intl.ListFormat)
 * joins the last item, so the message for the rest is "4 others" alone.
 */
export function chartSummary(title: string, items: string[], locale: AppLocale, t: DashboardTranslate, shown = 5): string {
  const list = items.slice(0, shown);
  const rest = items.length - list.length;
  if (rest > 0) list.push(t("andOthers", { count: rest }));
  const text = new Intl.ListFormat(locale, { style: "long", type: "unit" }).format(list);
  return t("chartSummary", { title, items: text });
}
