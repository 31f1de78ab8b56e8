import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardHref, type DashboardFilterChange } from "@/lib/dashboards/filter-url";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type BreakdownRow<F> = { key: string; label: string; figures: F; change: DashboardFilterChange };

type Props<F> = {
  caption: string;
  dimension: string;
  testId: string;
  /** Column headers after the dimension's, and each row's cells in the same order. */
  headers: string[];
  cells: (figures: F) => string[];
  rows: BreakdownRow<F>[];
  total: F;
  pathname: string;
  filters: DashboardFilters;
  /** Each row's label links to the dashboard filtered on it (not in print). */
  links: boolean;
  /** Extra classes of the table (a minimum width when the columns are many). */
  tableClassName?: string;
};

/**
 * A breakdown by zone or phase of one section's figures (pipeline, outcomes): a row per value, a total row,
 * numbers aligned at the end, the whole scrolled inside its own region on a phone. The cells' look is set
 * once by .figures-table (app/globals.css).
 */
export async function FiguresBreakdownTable<F>({ caption, dimension, testId, headers, cells, rows, total, pathname, filters, links, tableClassName = "" }: Props<F>) {
  const d = await getTranslations("Dashboard");
  const line = (key: string, label: React.ReactNode, values: string[], isTotal = false) => (
    <tr key={key} className={isTotal ? "border-t-2 border-brand-600 font-bold" : "border-b border-slate-100"}>
      <th scope="row">{label}</th>
      {values.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
  return (
    <ScrollRegion label={caption}>
      <table className={`figures-table w-full border-collapse text-sm ${tableClassName}`} data-testid={testId}>
        <caption className="mb-2 text-start font-semibold text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50 align-bottom">
            <th scope="col" className="p-2 text-start">{dimension}</th>
            {headers.map((h) => (
              <th key={h} scope="col" className="p-2 text-end">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            line(r.key, links ? <a href={dashboardHref(pathname, filters, r.change)}>{r.label}</a> : r.label, cells(r.figures)),
          )}
          {line("total", <span className="font-bold">{d("total")}</span>, cells(total), true)}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
