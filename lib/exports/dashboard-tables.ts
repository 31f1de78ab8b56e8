// Every table and chart of the dashboard as a named table, for the CSV and XLSX exports. Pure: the page
// or route handler passes the Dashboard, the locale and the "Dashboard" translator.
import { EMPTY_TOTALS, type Breakdown, type Dashboard, type DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import { capitalise, MEASURES, MEASURE_MESSAGE, isMoneyMeasure, measureValue, type Measure } from "@/lib/exports/measures";
import { count, money, share, text, type ExportCell, type ExportRow, type ExportTable } from "@/lib/exports/export-table";
import { exportNotes, type FilterNames } from "@/lib/exports/filters-description";
import type { DashboardTranslate } from "@/lib/exports/translate";

type Base = Pick<ExportTable, "notes" | "dir">;
type Dimension = "programme" | "axis" | "prefecture" | "commune" | "year" | "sector" | "status";

// A null breakdown is left out (by prefecture: only when the view spans every prefecture). The downloads keep
// every commune, even nationally, where the page shows prefectures.
const BREAKDOWNS: { dimension: Dimension; pick: (d: Dashboard) => Breakdown | null }[] = [
  { dimension: "programme", pick: (d) => d.byProgramme },
  { dimension: "axis", pick: (d) => d.byAxis },
  { dimension: "prefecture", pick: (d) => d.byPrefecture },
  { dimension: "commune", pick: (d) => d.byCommune },
  { dimension: "year", pick: (d) => d.byYear },
  { dimension: "sector", pick: (d) => d.bySector },
  { dimension: "status", pick: (d) => d.byStatus },
];

function cellOf(totals: DashboardTotals, measure: Measure): ExportCell {
  return isMoneyMeasure(measure) ? money(totals[measure]) : count(totals.grants);
}

function measureRows(totals: DashboardTotals, t: DashboardTranslate): ExportRow[] {
  return MEASURES.map((m) => ({ cells: [text(t(`measures.${MEASURE_MESSAGE[m]}`)), cellOf(totals, m)] }));
}

function headline(dashboard: Dashboard, t: DashboardTranslate, base: Base): ExportTable {
  const h = dashboard.headline;
  const counts = ["cooperativesFunded", "urbanCooperativesFunded", "ruralCooperativesFunded", "womenLedCooperatives", "youthCooperatives"] as const;
  return {
    ...base,
    name: t("sheets.headline"),
    title: t("tables.headline"),
    headers: [t("columns.figure"), t("columns.value")],
    rows: [
      ...counts.map((key) => ({ cells: [text(t(`measures.${key}`)), count(h[key])] })),
      ...measureRows(h, t),
      { cells: [text(t("measures.indhShare")), share(h.indhContributionCentimes, h.totalCostCentimes)] },
      { cells: [text(t("measures.paidShare")), share(h.tranchesPaidCentimes, h.tranchesPlannedCentimes)] },
    ],
  };
}

function zoneByPhase(dashboard: Dashboard, measure: Measure, sheet: string, t: DashboardTranslate, base: Base): ExportTable {
  const table = dashboard.zoneByPhase;
  return {
    ...base,
    name: t(`sheets.${sheet}`),
    title: t("tables.zoneByPhase", { measure: t(`measures.${MEASURE_MESSAGE[measure]}`) }),
    headers: [t("dimensions.zone"), ...table.phases.map((p) => p.label), t("total")],
    rows: [
      ...table.zones.map((zone) => ({
        cells: [
          text(t(`zone.${zone}`)),
          ...table.phases.map((p) => cellOf(table.cells[zone]?.[p.id] ?? EMPTY_TOTALS, measure)),
          cellOf(table.zoneTotals[zone] ?? EMPTY_TOTALS, measure),
        ],
      })),
      {
        total: true,
        cells: [text(t("total")), ...table.phases.map((p) => cellOf(table.phaseTotals[p.id] ?? EMPTY_TOTALS, measure)), cellOf(table.grandTotal, measure)],
      },
    ],
  };
}

function breakdown(b: Breakdown, dimension: Dimension, locale: AppLocale, t: DashboardTranslate, base: Base): ExportTable {
  const row = (label: string, totals: DashboardTotals): ExportCell[] => [
    text(label),
    ...MEASURES.map((m) => cellOf(totals, m)),
    share(totals.totalCostCentimes, b.total.totalCostCentimes),
  ];
  return {
    ...base,
    name: t(`sheets.${dimension}`),
    title: t("tables.breakdownAll", { dimension: t(`dimensions.${dimension}`) }),
    headers: [capitalise(t(`dimensions.${dimension}`), locale), ...MEASURES.map((m) => t(`measures.${MEASURE_MESSAGE[m]}`)), t("columns.costShare")],
    rows: [...b.rows.map((r) => ({ cells: row(labelOf(r, dimension, t), r.totals) })), { total: true, cells: row(t("total"), b.total) }],
  };
}

// A status row's label is the code ("IN_PROGRESS"), translated on the page; the export must say it in the
// reader's language too, never a Latin code on an Arabic sheet.
function labelOf(r: Breakdown["rows"][number], dimension: Dimension, t: DashboardTranslate): string {
  return dimension === "status" ? t(`status.${r.key}`) : r.label;
}

// The two share bars: who pays the total cost, and how much of the programmed INDH tranches is paid.
function shares(dashboard: Dashboard, kind: "costShare" | "tranches", t: DashboardTranslate, base: Base): ExportTable {
  const h = dashboard.headline;
  const parts: [Measure, bigint][] = kind === "costShare"
    ? [["indhContributionCentimes", h.totalCostCentimes], ["partnersContributionCentimes", h.totalCostCentimes], ["beneficiaryContributionCentimes", h.totalCostCentimes]]
    : [["tranchesPaidCentimes", h.tranchesPlannedCentimes]];
  const whole: Measure = kind === "costShare" ? "totalCostCentimes" : "tranchesPlannedCentimes";
  const row = (m: Measure, of: bigint): ExportRow => ({ cells: [text(t(`measures.${MEASURE_MESSAGE[m]}`)), cellOf(h, m), share(measureValue(h, m), of)] });
  return {
    ...base,
    name: t(`sheets.${kind}`),
    title: t(`tables.${kind}`),
    headers: [t("columns.part"), t("columns.amount"), t("columns.share")],
    rows: [...parts.map(([m, of]) => row(m, of)), { ...row(whole, measureValue(h, whole)), total: true }],
  };
}

function cancelled(dashboard: Dashboard, t: DashboardTranslate, base: Base): ExportTable {
  return {
    ...base,
    name: t("sheets.cancelled"),
    title: t("tables.cancelled"),
    headers: [t("columns.figure"), t("columns.value")],
    rows: measureRows(dashboard.cancelled, t),
  };
}

export function dashboardTables(dashboard: Dashboard, locale: AppLocale, t: DashboardTranslate, names?: FilterNames): ExportTable[] {
  const base: Base = { notes: exportNotes(dashboard, locale, t, names), dir: directionOf(locale) };
  return [
    headline(dashboard, t, base),
    shares(dashboard, "costShare", t, base),
    shares(dashboard, "tranches", t, base),
    zoneByPhase(dashboard, "grants", "zoneByPhaseGrants", t, base),
    zoneByPhase(dashboard, "totalCostCentimes", "zoneByPhaseCost", t, base),
    zoneByPhase(dashboard, "indhContributionCentimes", "zoneByPhaseIndh", t, base),
    ...BREAKDOWNS.flatMap(({ dimension, pick }) => {
      const picked = pick(dashboard);
      return picked ? [breakdown(picked, dimension, locale, t, base)] : [];
    }),
    cancelled(dashboard, t, base),
  ];
}
