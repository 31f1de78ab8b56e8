// Parts of a whole as one stacked bar from the start edge: who pays the total cost (INDH, partners,
// beneficiaries), or how much of the programmed INDH tranches is paid. The rest of the track stays grey.
import type { DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { formatShare } from "@/lib/format/money";
import { MEASURE_MESSAGE, formatMeasure, type MoneyMeasure } from "@/lib/exports/measures";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { Legend } from "@/components/charts/legend";
import { chartDir, chartSummary, type ChartBaseProps } from "@/components/charts/chart-props";
import { percentOf, spanX } from "@/components/charts/scale";
import { TRACK, seriesColor } from "@/components/charts/palette";

type Props = Omit<ChartBaseProps, "link"> & { totals: DashboardTotals; parts: MoneyMeasure[]; whole: MoneyMeasure };

export const COST_PARTS: MoneyMeasure[] = ["indhContributionCentimes", "partnersContributionCentimes", "beneficiaryContributionCentimes"];

export function ShareBar({ totals, parts, whole, title, locale, t, tableOpen }: Props) {
  const dir = chartDir(locale);
  const wholeValue = totals[whole];
  const label = (m: MoneyMeasure) => t(`measures.${MEASURE_MESSAGE[m]}`);
  let offset = 0;
  const segments = parts.map((m, i) => {
    // Cumulated percentages are clamped so that rounding or an overpayment never draws past the edge.
    const width = Math.min(percentOf(totals[m], wholeValue), 100 - offset);
    const segment = { measure: m, start: offset, width, color: seriesColor(i), share: formatShare(totals[m], wholeValue, locale), text: formatMeasure(totals, m, locale) };
    offset += width;
    return segment;
  });
  const table = (
    <DataTable
      caption={title}
      headers={[t("columns.part"), t("columns.amount"), t("columns.share")]}
      rows={segments.map((s) => ({ key: s.measure, label: label(s.measure), values: [s.text, s.share] }))}
      total={{ key: whole, label: label(whole), values: [formatMeasure(totals, whole, locale), formatShare(wholeValue, wholeValue, locale)] }}
    />
  );
  const legend = <Legend items={segments.map((s) => ({ label: label(s.measure), color: s.color, detail: `${s.share} · ${s.text}` }))} />;
  return (
    <ChartFigure summary={chartSummary(title, segments.map((s) => `${label(s.measure)} ${s.share}`), locale, t)} title={title} t={t} table={table} tableOpen={tableOpen} legend={legend}>
      <svg aria-hidden="true" direction={dir} width="100%" height="28" className="block">
        <rect x="0" y="2" width="100%" height="24" fill={TRACK} rx="3" />
        {segments.map((s) => (
          <rect key={s.measure} x={`${spanX(s.start, s.width, dir)}%`} y="2" width={`${s.width}%`} height="24" fill={s.color}>
            <title>{`${label(s.measure)}: ${s.share} · ${s.text}`}</title>
          </rect>
        ))}
      </svg>
    </ChartFigure>
  );
}
