// A chart with its caption and its data table. The SVG is hidden from assistive technology (its links are
// out of the tab order): screen readers get a one-line summary and the table, which holds the same
// drill-down links and is the keyboard-usable version.
import type { ReactNode } from "react";
import type { DashboardTranslate } from "@/lib/exports/translate";

type Props = { title: string; summary?: string; t: DashboardTranslate; table: ReactNode; tableOpen?: boolean; legend?: ReactNode; children: ReactNode };

export function ChartFigure({ title, summary, t, table, tableOpen = false, legend, children }: Props) {
  return (
    <figure className="min-w-0 space-y-3 rounded-md border border-slate-200 bg-white p-4">
      <figcaption className="text-start font-semibold text-slate-800">{title}</figcaption>
      {summary && <p className="sr-only">{summary}</p>}
      {legend}
      {children}
      {tableOpen ? (
        table
      ) : (
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-brand-700 underline">{t("showTable")}</summary>
          <div className="mt-2">{table}</div>
        </details>
      )}
    </figure>
  );
}
