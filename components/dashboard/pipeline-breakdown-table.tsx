import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { PIPELINE_STAGES, type PipelineFigures } from "@/lib/dashboards/pipeline-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatDecimal, formatMoney, formatShare } from "@/lib/format/money";
import { FiguresBreakdownTable, type BreakdownRow } from "@/components/dashboard/figures-breakdown-table";

type Row = BreakdownRow<PipelineFigures>;
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
  const cells = (f: PipelineFigures) => [
    ...PIPELINE_STAGES.map((s) => formatCount(f.stages[s].count, locale)),
    formatMoney(f.stages.approved.amountCentimes, locale),
    formatMoney(f.stages.paid.amountCentimes, locale),
    formatShare(BigInt(f.approvedDecisions), BigInt(f.decided), locale),
    f.medianDaysToDecision === null ? "—" : formatDecimal(f.medianDaysToDecision, locale),
  ];
  const headers = [...PIPELINE_STAGES.map((s) => t(`stages.${s}`)), t("columns.approvedAmount"), t("columns.paidAmount"), t("columns.approvalRate"), t("columns.medianDays")];
  return <FiguresBreakdownTable caption={caption} dimension={dimension} testId={testId} headers={headers} cells={cells} rows={rows} total={total} pathname={pathname} filters={filters} links={links} />;
}
