import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardHref, type DashboardFilterChange } from "@/lib/dashboards/filter-url";
import { PIPELINE_STAGES, type PipelineFigures } from "@/lib/dashboards/pipeline-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatDecimal, formatMoney, formatShare } from "@/lib/format/money";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Row = { key: string; label: string; figures: PipelineFigures; change: DashboardFilterChange };
type Props = {
  caption: string;
  dimension: string;
  testId: string;
  rows: Row[];
  total: PipelineFigures;
  locale: AppLocale;
  pathname: string;
  filters: DashboardFilters;
  links: boolean;
};

type Translate = (key: "noDecision" | "medianDaysValue", values?: Record<string, string>) => string;

export function medianText(days: number | null, locale: AppLocale, t: Translate): string {
  return days === null ? t("noDecision") : t("medianDaysValue", { days: formatDecimal(days, locale) });
}

/** One row per zone or phase: the count at each stage, the approved and paid amounts, rate and delay. */
export async function PipelineBreakdownTable({ caption, dimension, testId, rows, total, locale, pathname, filters, links }: Props) {
  const t = await getTranslations("Pipeline");
  const d = await getTranslations("Dashboard");
  const cells = (f: PipelineFigures) => [
    ...PIPELINE_STAGES.map((s) => formatCount(f.stages[s].count, locale)),
    formatMoney(f.stages.approved.amountCentimes, locale),
    formatMoney(f.stages.paid.amountCentimes, locale),
    formatShare(BigInt(f.approvedDecisions), BigInt(f.decided), locale),
    f.medianDaysToDecision === null ? "—" : formatDecimal(f.medianDaysToDecision, locale),
  ];
  const headers = [...PIPELINE_STAGES.map((s) => t(`stages.${s}`)), t("columns.approvedAmount"), t("columns.paidAmount"), t("columns.approvalRate"), t("columns.medianDays")];
  const line = (key: string, label: React.ReactNode, values: string[], isTotal = false) => (
    <tr key={key} className={isTotal ? "border-t-2 border-brand-600 font-bold" : "border-b border-slate-100"}>
      <th scope="row" className="p-2 text-start font-normal">{label}</th>
      {values.map((v, i) => (
        <td key={i} className="p-2 text-end whitespace-nowrap tabular-nums">{v}</td>
      ))}
    </tr>
  );
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-sm" data-testid={testId}>
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
            line(r.key, links ? <a href={dashboardHref(pathname, filters, r.change)} className="font-semibold text-brand-800 underline">{r.label}</a> : r.label, cells(r.figures)),
          )}
          {line("total", <span className="font-bold">{d("total")}</span>, cells(total), true)}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
