// The time series: one vertical bar per approval year, years in reading order (in Arabic the earliest
// year is on the right). Years without grants inside the range are drawn as empty slots, not skipped,
// so the gaps show. Values are in the data table and in each bar's tooltip.
import type { Breakdown, BreakdownRow } from "@/lib/dashboards/dashboard-types";
import { EMPTY_TOTALS } from "@/lib/dashboards/dashboard-types";
import { formatCount, formatDirhams, formatShare } from "@/lib/format/money";
import { MEASURE_MESSAGE, capitalise, formatMeasure, isMoneyMeasure, measureValue, type Measure } from "@/lib/exports/measures";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { chartDir, chartSummary, drillHref, type ChartBaseProps } from "@/components/charts/chart-props";
import { niceScale, percentOf, pointX, spanX } from "@/components/charts/scale";
import { GRID, HALO, INK, seriesColor } from "@/components/charts/palette";

type Props = ChartBaseProps & { breakdown: Breakdown; measure: Measure };

const PLOT_TOP = 12;
const PLOT_HEIGHT = 170;
const HEIGHT = PLOT_TOP + PLOT_HEIGHT + 24;

/** Rows ordered by year, with empty years filled in; rows whose key is not a year are dropped. */
export function yearSeries(breakdown: Breakdown): BreakdownRow[] {
  const byYear = new Map(breakdown.rows.filter((r) => /^\d{4}$/.test(r.key)).map((r) => [Number(r.key), r]));
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const out: BreakdownRow[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    out.push(byYear.get(y) ?? { key: String(y), label: String(y), totals: EMPTY_TOTALS, filter: { fromYear: y, toYear: y } });
  }
  return out;
}

export function YearChart({ breakdown, measure, title, locale, t, link, tableOpen }: Props) {
  const dir = chartDir(locale);
  const rows = yearSeries(breakdown).map((r) => ({ ...r, value: measureValue(r.totals, measure), text: formatMeasure(r.totals, measure, locale), href: drillHref(link, r.filter) }));
  const scale = niceScale(rows.reduce((m, r) => (r.value > m ? r.value : m), 0n));
  const ticks = Array.from({ length: Number(scale.max / scale.step) + 1 }, (_, i) => BigInt(i) * scale.step);
  const tickText = (v: bigint) => (isMoneyMeasure(measure) ? formatDirhams(v, locale) : formatCount(Number(v), locale));
  const slot = rows.length > 0 ? 100 / rows.length : 100;
  const labelEvery = Math.ceil(rows.length / 8); // at most 8 year labels: they stay legible on a phone
  const measureLabel = t(`measures.${MEASURE_MESSAGE[measure]}`);
  const total = measureValue(breakdown.total, measure);
  const y = (v: bigint) => PLOT_TOP + PLOT_HEIGHT - (PLOT_HEIGHT * percentOf(v, scale.max)) / 100;
  const table = (
    <DataTable
      caption={title}
      headers={[capitalise(t("dimensions.year"), locale), measureLabel, t("columns.share")]}
      rows={rows.map((r) => ({ key: r.key, label: r.label, href: r.href, values: [r.text, formatShare(r.value, total, locale)] }))}
      total={{ key: "total", label: t("total"), values: [formatMeasure(breakdown.total, measure, locale), formatShare(total, total, locale)] }}
    />
  );
  if (rows.length === 0) return <ChartFigure title={title} t={t} table={<p className="text-sm">{t("noData")}</p>} tableOpen>{null}</ChartFigure>;
  return (
    <ChartFigure summary={chartSummary(title, rows.map((r) => `${r.label} ${r.text}`), locale, t, 12)} title={title} t={t} table={table} tableOpen={tableOpen}>
      <p className="text-start text-xs text-slate-700">{t(isMoneyMeasure(measure) ? "unitDirhams" : "unitGrants")}</p>
      {/* Visible overflow: the first and last year labels are centred on their bars and, on a phone, a little wider
          than their slot; they reach into the figure's padding instead of being cut at the chart's edge. */}
      <svg aria-hidden="true" direction={dir} width="100%" height={HEIGHT} className="block overflow-visible">
        {ticks.map((v) => (
          <line key={`g${v}`} x1="0" x2="100%" y1={y(v)} y2={y(v)} stroke={GRID} strokeWidth="1" />
        ))}
        {rows.map((r, i) => {
          const barWidth = slot * 0.6;
          const x = spanX(i * slot + slot * 0.2, barWidth, dir);
          const bar = (
            <g>
              <title>{`${r.label}: ${r.text}`}</title>
              <rect x={`${spanX(i * slot, slot, dir)}%`} y={PLOT_TOP} width={`${slot}%`} height={PLOT_HEIGHT} fill="transparent" />
              <rect x={`${x}%`} y={y(r.value)} width={`${barWidth}%`} height={PLOT_TOP + PLOT_HEIGHT - y(r.value)} fill={seriesColor(0)} />
              {i % labelEvery === 0 && (
                <text x={`${pointX(i * slot + slot / 2, dir)}%`} y={HEIGHT - 6} fontSize="12" textAnchor="middle" fill={INK}>{r.label}</text>
              )}
            </g>
          );
          return r.href ? <a key={r.key} href={r.href} tabIndex={-1}>{bar}</a> : <g key={r.key}>{bar}</g>;
        })}
        {/* Tick values over the gridlines at the start edge, haloed so a bar behind never hides them. */}
        {ticks.slice(1).map((v) => (
          <text key={`t${v}`} x={`${pointX(0, dir)}%`} y={y(v) - 3} fontSize="11" fill={INK} textAnchor="start" stroke={HALO} strokeWidth="3" paintOrder="stroke" className="tabular-nums">
            {tickText(v)}
          </text>
        ))}
      </svg>
    </ChartFigure>
  );
}
