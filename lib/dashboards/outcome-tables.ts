// The dashboard's outcomes section as export tables (CSV, XLSX), beside those of lib/exports/dashboard-tables.ts
// and pipeline-tables.ts: the summary, the indicators, jobs created by zone x phase, then every figure by
// zone and by phase. Pure: the route passes the Outcomes, the "DashboardOutcomes" and "Dashboard"
// translators, the state labels, the overdue cutoff as text and the notes the other tables carry.
import { PROJECT_STATES, type ProjectState } from "@/lib/visits/schema";
import { OUTCOME_INDICATORS, type OutcomeFigures, type Outcomes } from "@/lib/dashboards/outcome-types";
import { count, money, text, type ExportCell, type ExportRow, type ExportTable } from "@/lib/exports/export-table";
import type { DashboardTranslate } from "@/lib/exports/translate";

type Base = Pick<ExportTable, "notes" | "dir">;
export type OutcomeExportText = {
  /** The "DashboardOutcomes" translator. */
  t: DashboardTranslate;
  /** The "Dashboard" translator (zones, dimensions, "total"). */
  dt: DashboardTranslate;
  state: (state: ProjectState) => string;
  /** The overdue cutoff, formatted for the reader. */
  overdueBefore: string;
};

/** An empty cell where there is no cost per job (no net job created). */
const perJob = (f: OutcomeFigures): ExportCell => (f.indhPerJobCentimes === null ? text("") : money(f.indhPerJobCentimes));

function summary(o: Outcomes, x: OutcomeExportText, base: Base): ExportTable {
  const { t } = x;
  const f = o.total;
  const rows: ExportRow[] = [
    { cells: [text(t("columns.grants")), count(f.grants)] },
    { cells: [text(t("columns.measuredGrants")), count(f.indicators.jobs.measuredGrants)] },
    ...OUTCOME_INDICATORS.map((i) => ({ cells: [text(t(`created.${i}`)), count(f.indicators[i].created)] })),
    { cells: [text(t("columns.measuredIndh")), money(f.measuredIndhCentimes)] },
    { cells: [text(t("columns.indhPerJob")), perJob(f)] },
    ...PROJECT_STATES.map((s) => ({ cells: [text(x.state(s)), count(f.byState[s])] })),
    { cells: [text(t("columns.neverVisited")), count(f.neverVisited)] },
    { cells: [text(t("overdueBefore", { date: x.overdueBefore })), count(f.overdue)] },
  ];
  return { ...base, name: t("sheets.summary"), title: t("summaryCaption"), headers: [t("columns.figure"), t("columns.value")], rows };
}

function indicators(o: Outcomes, { t }: OutcomeExportText, base: Base): ExportTable {
  return {
    ...base,
    name: t("sheets.indicators"),
    title: t("indicatorsCaption"),
    headers: [t("columns.indicator"), t("columns.measuredGrants"), t("columns.baseline"), t("columns.now"), t("columns.created")],
    rows: OUTCOME_INDICATORS.map((i) => {
      const f = o.total.indicators[i];
      return { cells: [text(t(`indicators.${i}`)), count(f.measuredGrants), count(f.baseline), count(f.now), count(f.created)] };
    }),
  };
}

function zoneByPhase(o: Outcomes, phases: { id: number; label: string }[], { t, dt }: OutcomeExportText, base: Base): ExportTable {
  const created = (f: OutcomeFigures | undefined) => count(f?.indicators.jobs.created ?? 0);
  return {
    ...base,
    name: t("sheets.zonePhase"),
    title: t("zonePhaseCaption"),
    headers: [dt("dimensions.zone"), ...phases.map((p) => p.label), dt("total")],
    rows: [
      ...o.byZone.map((z) => ({ cells: [text(dt(`zone.${z.zone}`)), ...phases.map((p) => created(o.cells[z.zone]?.[p.id])), created(z.figures)] })),
      { total: true, cells: [text(dt("total")), ...o.byPhase.map((p) => created(p.figures)), created(o.total)] },
    ],
  };
}

function breakdown(kind: "byZone" | "byPhase", labelled: { label: string; figures: OutcomeFigures }[], total: OutcomeFigures, dimension: string, x: OutcomeExportText, base: Base): ExportTable {
  const { t, dt } = x;
  const row = (label: string, f: OutcomeFigures): ExportCell[] => [
    text(label),
    count(f.grants),
    count(f.indicators.jobs.measuredGrants),
    ...OUTCOME_INDICATORS.map((i) => count(f.indicators[i].created)),
    money(f.measuredIndhCentimes),
    perJob(f),
    ...PROJECT_STATES.map((s) => count(f.byState[s])),
    count(f.neverVisited),
    count(f.overdue),
  ];
  return {
    ...base,
    name: t(`sheets.${kind}`),
    title: t(`${kind}Caption`),
    headers: [
      dimension,
      t("columns.grants"),
      t("columns.measuredGrants"),
      ...OUTCOME_INDICATORS.map((i) => t(`created.${i}`)),
      t("columns.measuredIndh"),
      t("columns.indhPerJob"),
      ...PROJECT_STATES.map((s) => x.state(s)),
      t("columns.neverVisited"),
      t("overdueBefore", { date: x.overdueBefore }),
    ],
    rows: [...labelled.map((r) => ({ cells: row(r.label, r.figures) })), { total: true, cells: row(dt("total"), total) }],
  };
}

export function outcomeTables(o: Outcomes, x: OutcomeExportText, base: Base, capital: (s: string) => string = (s) => s): ExportTable[] {
  const phases = o.byPhase.map((p) => ({ id: p.phaseId, label: p.label }));
  return [
    summary(o, x, base),
    indicators(o, x, base),
    zoneByPhase(o, phases, x, base),
    breakdown("byZone", o.byZone.map((r) => ({ label: x.dt(`zone.${r.zone}`), figures: r.figures })), o.total, capital(x.dt("dimensions.zone")), x, base),
    breakdown("byPhase", o.byPhase, o.total, capital(x.dt("dimensions.phase")), x, base),
  ];
}
