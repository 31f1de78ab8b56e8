// The zone × phase table as grouped horizontal bars: one group per phase (in the data's order, read from
// the start edge), one bar per zone. Each bar names its zone in text, so colour is never the only cue.
import type { ZonePhaseTable } from "@/lib/dashboards/dashboard-types";
import { EMPTY_TOTALS } from "@/lib/dashboards/dashboard-types";
import { MEASURE_MESSAGE, capitalise, formatMeasure, measureValue, type Measure } from "@/lib/exports/measures";
import { BarRow } from "@/components/charts/bar-rows";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { Legend } from "@/components/charts/legend";
import { chartDir, chartSummary, drillHref, type ChartBaseProps } from "@/components/charts/chart-props";
import { seriesColor } from "@/components/charts/palette";

type Props = ChartBaseProps & { table: ZonePhaseTable; measure: Measure };

export function ZonePhaseChart({ table, measure, title, locale, t, link, tableOpen }: Props) {
  const dir = chartDir(locale);
  const value = (zone: (typeof table.zones)[number], phaseId: number) => table.cells[zone]?.[phaseId] ?? EMPTY_TOTALS;
  let max = 0n;
  for (const zone of table.zones) for (const p of table.phases) {
    const v = measureValue(value(zone, p.id), measure);
    if (v > max) max = v;
  }
  const zoneLabel = (zone: string) => t(`zone.${zone}`);
  const sep = locale === "ar" ? "، " : ", ";
  const items = table.phases.flatMap((p) => table.zones.map((z) => `${p.label}${sep}${zoneLabel(z)} ${formatMeasure(value(z, p.id), measure, locale)}`));
  const dataTable = (
    <DataTable
      caption={`${title} (${t(`measures.${MEASURE_MESSAGE[measure]}`)})`}
      headers={[capitalise(t("dimensions.zone"), locale), ...table.phases.map((p) => p.label), t("total")]}
      rows={table.zones.map((zone) => ({
        key: zone,
        label: zoneLabel(zone),
        href: drillHref(link, { zone }),
        values: [...table.phases.map((p) => formatMeasure(value(zone, p.id), measure, locale)), formatMeasure(table.zoneTotals[zone] ?? EMPTY_TOTALS, measure, locale)],
      }))}
      total={{
        key: "total",
        label: t("total"),
        values: [...table.phases.map((p) => formatMeasure(table.phaseTotals[p.id] ?? EMPTY_TOTALS, measure, locale)), formatMeasure(table.grandTotal, measure, locale)],
      }}
    />
  );
  const legend = <Legend items={table.zones.map((z, i) => ({ label: zoneLabel(z), color: seriesColor(i) }))} />;
  return (
    <ChartFigure summary={chartSummary(title, items, locale, t, 8)} title={title} t={t} table={dataTable} tableOpen={tableOpen} legend={legend}>
      {/* Phase names are HTML so that a long one wraps instead of running past a phone's edge. */}
      <div aria-hidden="true" dir={dir} className="min-w-0 space-y-3">
        {table.phases.map((p) => (
          <div key={p.id} className="min-w-0">
            <p className="text-start text-[13px] font-semibold leading-snug break-words text-slate-800">{p.label}</p>
            {table.zones.map((zone, i) => {
              const totals = value(zone, p.id);
              const text = `${zoneLabel(zone)}: ${formatMeasure(totals, measure, locale)}`;
              return (
                <BarRow key={zone} valueText={text} value={measureValue(totals, measure)} max={max} color={seriesColor(i)} dir={dir} href={drillHref(link, { zone, phaseId: p.id })} name={`${p.label}${sep}${text}`} />
              );
            })}
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}
