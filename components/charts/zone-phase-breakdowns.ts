// Zones and phases as Breakdowns, taken from the zone × phase table, so that the same bar chart draws
// them and their bars drill down like any other.
import { EMPTY_TOTALS, type Breakdown, type ZonePhaseTable } from "@/lib/dashboards/dashboard-types";
import type { DashboardTranslate } from "@/lib/exports/translate";

export function zoneBreakdown(table: ZonePhaseTable, t: DashboardTranslate): Breakdown {
  return {
    rows: table.zones.map((zone) => ({ key: zone, label: t(`zone.${zone}`), totals: table.zoneTotals[zone] ?? EMPTY_TOTALS, filter: { zone } })),
    total: table.grandTotal,
  };
}

export function phaseBreakdown(table: ZonePhaseTable): Breakdown {
  return {
    rows: table.phases.map((p) => ({ key: String(p.id), label: p.label, totals: table.phaseTotals[p.id] ?? EMPTY_TOTALS, filter: { phaseId: p.id } })),
    total: table.grandTotal,
  };
}
