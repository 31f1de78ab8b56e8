import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { PIPELINE_STAGES, stageAmountKind, type Pipeline, type PipelineStage } from "@/lib/dashboards/pipeline-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import { BarRow } from "@/components/charts/bar-rows";
import { ChartFigure } from "@/components/charts/chart-figure";
import { chartDir, chartSummary } from "@/components/charts/chart-props";
import { seriesColor } from "@/components/charts/palette";
import { PipelineBreakdownTable, medianText } from "@/components/dashboard/pipeline-breakdown-table";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { capitalise } from "@/lib/exports/measures";

type Props = { pipeline: Pipeline; locale: AppLocale; pathname: string; filters: DashboardFilters; print?: boolean };

/**
 * Where the applications went: one bar per stage (each a subset of the one before), the stage table with
 * counts and amounts, the approval rate and the median delay, then the same by zone and by phase.
 */
export async function PipelineSection({ pipeline, locale, pathname, filters, print = false }: Props) {
  const t = await getTranslations("Pipeline");
  const d = await getTranslations("Dashboard");
  const dt = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const total = pipeline.total;
  const stage = (s: PipelineStage) => t(`stages.${s}`);
  const max = BigInt(total.stages.received.count);
  const dir = chartDir(locale);
  const table = (
    <ScrollRegion label={t("stagesCaption")}>
      <table className="w-full border-collapse text-sm" data-testid="pipeline-stages">
        <caption className="mb-2 text-start font-semibold text-slate-800">{t("stagesCaption")}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50">
            <th scope="col" className="p-2 text-start">{t("columns.stage")}</th>
            <th scope="col" className="p-2 text-end">{t("columns.applications")}</th>
            <th scope="col" className="p-2 text-end">{t("columns.amount")}</th>
            <th scope="col" className="p-2 text-start">{t("columns.amountKind")}</th>
          </tr>
        </thead>
        <tbody>
          {PIPELINE_STAGES.map((s) => (
            <tr key={s} data-stage={s} className="border-b border-slate-100">
              <th scope="row" className="p-2 text-start font-normal">{stage(s)}</th>
              <td className="p-2 text-end whitespace-nowrap tabular-nums" data-testid="count">{formatCount(total.stages[s].count, locale)}</td>
              <td className="p-2 text-end whitespace-nowrap tabular-nums">{formatMoney(total.stages[s].amountCentimes, locale)}</td>
              <td className="p-2 text-start text-slate-700">{t(`amountKinds.${stageAmountKind(s)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
  const items = PIPELINE_STAGES.map((s) => `${stage(s)} ${formatCount(total.stages[s].count, locale)}`);
  return (
    <section aria-labelledby="pipeline" className="space-y-4" data-testid="pipeline">
      <h2 id="pipeline" className="text-2xl font-bold text-brand-800">{t("title")}</h2>
      <p className="text-slate-800">{t("lead")}</p>
      {filters.status !== undefined && <p className="text-sm text-slate-700">{t("statusIgnored")}</p>}
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-3" data-testid="pipeline-rates">
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("approvalRate")}</dt>
          <dd className="text-2xl font-bold text-brand-800 tabular-nums">{formatShare(BigInt(total.approvedDecisions), BigInt(total.decided), locale)}</dd>
          <dd className="text-sm text-slate-700">{t("approvalRateDetail", { approved: formatCount(total.approvedDecisions, locale), decided: formatCount(total.decided, locale) })}</dd>
        </div>
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("medianDays")}</dt>
          <dd className="text-2xl font-bold text-brand-800 tabular-nums">{medianText(total.medianDaysToDecision, locale, t)}</dd>
        </div>
      </dl>
      <ChartFigure title={t("chartTitle")} summary={chartSummary(t("chartTitle"), items, locale, dt)} t={dt} table={table} tableOpen>
        {/* The picture is hidden from assistive technology; the table below holds the same figures. */}
        <div aria-hidden="true" dir={dir} className="min-w-0 space-y-1">
          {PIPELINE_STAGES.map((s, i) => (
            <BarRow key={s} label={stage(s)} valueText={formatCount(total.stages[s].count, locale)} value={BigInt(total.stages[s].count)} max={max}
              color={seriesColor(i < 3 ? 0 : 1)} dir={dir} name={`${stage(s)}: ${formatCount(total.stages[s].count, locale)}`} />
          ))}
        </div>
      </ChartFigure>
      <PipelineBreakdownTable caption={t("byZoneCaption")} dimension={capitalise(d("dimensions.zone"), locale)} testId="pipeline-by-zone" locale={locale} pathname={pathname} filters={filters} links={!print}
        rows={pipeline.byZone.map((r) => ({ key: r.key, label: d(`zone.${r.zone}`), figures: r.figures, change: { zone: r.zone } }))} total={total} />
      <PipelineBreakdownTable caption={t("byPhaseCaption")} dimension={capitalise(d("dimensions.phase"), locale)} testId="pipeline-by-phase" locale={locale} pathname={pathname} filters={filters} links={!print}
        rows={pipeline.byPhase.map((r) => ({ key: r.key, label: r.label, figures: r.figures, change: { phaseId: r.phaseId } }))} total={total} />
    </section>
  );
}
