// Horizontal bars for one Breakdown (zones, phases, programmes, communes, sectors, statuses), on the
// measure chosen by the page. Each bar and each table row narrows the dashboard to that row.
import type { Breakdown } from "@/lib/dashboards/dashboard-types";
import { formatCount, formatShare } from "@/lib/format/money";
import { capitalise, MEASURE_MESSAGE, formatMeasure, measureValue, type Measure } from "@/lib/exports/measures";
import { BarRow } from "@/components/charts/bar-rows";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { chartDir, chartSummary, drillHref, type ChartBaseProps } from "@/components/charts/chart-props";
import { seriesColor } from "@/components/charts/palette";

type Props = ChartBaseProps & { breakdown: Breakdown; measure: Measure; dimensionLabel: string; color?: string };

export function BreakdownBarChart({ breakdown, measure, dimensionLabel, color = seriesColor(0), title, locale, t, link, tableOpen }: Props) {
  const dir = chartDir(locale);
  const rows = breakdown.rows.map((row) => ({
    ...row,
    value: measureValue(row.totals, measure),
    text: formatMeasure(row.totals, measure, locale),
    href: drillHref(link, row.filter),
  }));
  const max = rows.reduce((m, r) => (r.value > m ? r.value : m), 0n);
  const measureLabel = t(`measures.${MEASURE_MESSAGE[measure]}`);
  const totalValue = measureValue(breakdown.total, measure);
  const withGrants = measure !== "grants";
  const table = (
    <DataTable
      caption={title}
      headers={[capitalise(dimensionLabel, locale), ...(withGrants ? [t("measures.grants")] : []), measureLabel, t("columns.share")]}
      rows={rows.map((r) => ({
        key: r.key,
        label: r.label,
        href: r.href,
        values: [...(withGrants ? [formatCount(r.totals.grants, locale)] : []), r.text, formatShare(r.value, totalValue, locale)],
      }))}
      total={{
        key: "total",
        label: t("total"),
        values: [...(withGrants ? [formatCount(breakdown.total.grants, locale)] : []), formatMeasure(breakdown.total, measure, locale), formatShare(totalValue, totalValue, locale)],
      }}
    />
  );
  if (rows.length === 0) return <ChartFigure title={title} t={t} table={<p className="text-sm">{t("noData")}</p>} tableOpen>{null}</ChartFigure>;
  return (
    <ChartFigure summary={chartSummary(title, rows.map((r) => `${r.label} ${r.text}`), locale, t)} title={title} t={t} table={table} tableOpen={tableOpen}>
      {/* One row per item; hidden from assistive technology like every chart picture (see ChartFigure). */}
      <div aria-hidden="true" dir={dir} className="min-w-0 space-y-1">
        {rows.map((r) => (
          <BarRow key={r.key} label={r.label} valueText={r.text} value={r.value} max={max} color={color} dir={dir} href={r.href} name={`${r.label}: ${r.text}`} />
        ))}
      </div>
    </ChartFigure>
  );
}
