import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { DashboardTranslate } from "@/lib/exports/translate";
import { BarRow } from "@/components/charts/bar-rows";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DataTable } from "@/components/charts/data-table";
import { chartDir, chartSummary } from "@/components/charts/chart-props";
import { seriesColor } from "@/components/charts/palette";

export type AmountBar = { key: string; label: string; count: number; amountCentimes: bigint };

type Props = {
  title: string;
  groupLabel: string;
  countLabel: string;
  amountLabel: string;
  totalLabel: string;
  bars: AmountBar[];
  locale: AppLocale;
  /** The "Dashboard" translator, for the chart's summary and its table's toggle. */
  dt: DashboardTranslate;
};

/**
 * A few amounts side by side as horizontal bars, drawn in SVG on the server with the charts' print-safe
 * fills (dark enough for a black-and-white printer), the same figures in the table under it.
 */
export function AmountBars({ title, groupLabel, countLabel, amountLabel, totalLabel, bars, locale, dt }: Props) {
  const dir = chartDir(locale);
  const max = bars.reduce((m, b) => (b.amountCentimes > m ? b.amountCentimes : m), 0n);
  const total = bars.reduce((s, b) => ({ count: s.count + b.count, amount: s.amount + b.amountCentimes }), { count: 0, amount: 0n });
  const table = (
    <DataTable
      caption={title}
      headers={[groupLabel, countLabel, amountLabel]}
      rows={bars.map((b) => ({ key: b.key, label: b.label, values: [formatCount(b.count, locale), formatMoney(b.amountCentimes, locale)] }))}
      total={{ key: "total", label: totalLabel, values: [formatCount(total.count, locale), formatMoney(total.amount, locale)] }}
    />
  );
  return (
    <ChartFigure title={title} summary={chartSummary(title, bars.map((b) => `${b.label} ${formatMoney(b.amountCentimes, locale)}`), locale, dt)} t={dt} table={table} tableOpen>
      {/* The picture is hidden from assistive technology; the table holds the same figures. */}
      <div aria-hidden="true" dir={dir} className="min-w-0 space-y-1">
        {bars.map((b, i) => (
          <BarRow key={b.key} label={b.label} valueText={formatMoney(b.amountCentimes, locale)} value={b.amountCentimes} max={max} color={seriesColor(i)} dir={dir}
            name={`${b.label}: ${formatMoney(b.amountCentimes, locale)}`} />
        ))}
      </div>
    </ChartFigure>
  );
}
