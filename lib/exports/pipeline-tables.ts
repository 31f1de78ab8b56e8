// The dashboard's pipeline section as export tables (CSV, XLSX), beside those of dashboard-tables.ts: the
// stages with counts and amounts, then the same by zone and by phase. Pure: the route passes the
// Pipeline, the "Pipeline" and "Dashboard" translators and the notes the other tables carry.
import { PIPELINE_STAGES, stageAmountKind, type Pipeline, type PipelineFigures } from "@/lib/dashboards/pipeline-types";
import { count, money, share, text, type ExportCell, type ExportRow, type ExportTable } from "@/lib/exports/export-table";
import type { DashboardTranslate } from "@/lib/exports/translate";

type Base = Pick<ExportTable, "notes" | "dir">;

/** The median in days, to one decimal, as text (an empty cell when nothing is decided). */
function days(value: number | null): ExportCell {
  return text(value === null ? "" : String(Math.round(value * 10) / 10));
}

function stages(pipeline: Pipeline, t: DashboardTranslate, base: Base): ExportTable {
  const f = pipeline.total;
  const rows: ExportRow[] = PIPELINE_STAGES.map((s) => ({
    cells: [text(t(`stages.${s}`)), count(f.stages[s].count), money(f.stages[s].amountCentimes), text(t(`amountKinds.${stageAmountKind(s)}`))],
  }));
  return {
    ...base,
    name: t("sheets.stages"),
    title: t("stagesCaption"),
    headers: [t("columns.stage"), t("columns.applications"), t("columns.amount"), t("columns.amountKind")],
    rows,
  };
}

function rates(pipeline: Pipeline, t: DashboardTranslate, base: Base): ExportTable {
  const f = pipeline.total;
  return {
    ...base,
    name: t("sheets.rates"),
    title: t("ratesCaption"),
    headers: [t("figure"), t("value")],
    rows: [
      { cells: [text(t("decided")), count(f.decided)] },
      { cells: [text(t("approvedDecisions")), count(f.approvedDecisions)] },
      { cells: [text(t("approvalRate")), share(BigInt(f.approvedDecisions), BigInt(f.decided))] },
      { cells: [text(t("columns.medianDays")), days(f.medianDaysToDecision)] },
    ],
  };
}

function breakdown(kind: "byZone" | "byPhase", labelled: { label: string; figures: PipelineFigures }[], total: PipelineFigures, dimension: string, t: DashboardTranslate, dt: DashboardTranslate, base: Base): ExportTable {
  const row = (label: string, f: PipelineFigures): ExportCell[] => [
    text(label),
    ...PIPELINE_STAGES.map((s) => count(f.stages[s].count)),
    ...PIPELINE_STAGES.map((s) => money(f.stages[s].amountCentimes)),
    share(BigInt(f.approvedDecisions), BigInt(f.decided)),
    days(f.medianDaysToDecision),
  ];
  return {
    ...base,
    name: t(`sheets.${kind}`),
    title: t(`${kind}Caption`),
    headers: [
      dimension,
      ...PIPELINE_STAGES.map((s) => t(`stages.${s}`)),
      ...PIPELINE_STAGES.map((s) => `${t(`stages.${s}`)} — ${t(`amountKinds.${stageAmountKind(s)}`)}`),
      t("columns.approvalRate"),
      t("columns.medianDays"),
    ],
    rows: [...labelled.map((r) => ({ cells: row(r.label, r.figures) })), { total: true, cells: row(dt("total"), total) }],
  };
}

/** `t`: the "Pipeline" translator; `dt`: the "Dashboard" one (zones, dimensions, "total"). */
export function pipelineTables(pipeline: Pipeline, t: DashboardTranslate, dt: DashboardTranslate, base: Base): ExportTable[] {
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [
    stages(pipeline, t, base),
    rates(pipeline, t, base),
    breakdown("byZone", pipeline.byZone.map((r) => ({ label: dt(`zone.${r.zone}`), figures: r.figures })), pipeline.total, capital(dt("dimensions.zone")), t, dt, base),
    breakdown("byPhase", pipeline.byPhase, pipeline.total, capital(dt("dimensions.phase")), t, dt, base),
  ];
}
