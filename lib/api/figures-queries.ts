import "server-only";
// The aggregate figures of the public API: exactly what the public results page (/ar/results) shows,
// computed by the same getPublicResults, so the API and the page always agree. Aggregates only: no record,
// no personal data, no per-cooperative amount, and no breakdown finer than the page's (no commune table,
// where a commune with one cooperative would reveal that cooperative's grants).
import { getPublicResults } from "@/lib/dashboards/public-results";
import type { Breakdown, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { Zone } from "@/lib/dashboards/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { totalsDto, type TotalsDto } from "@/lib/api/serialize";

type BreakdownDto = { rows: { key: string; label: string; totals: TotalsDto }[]; total: TotalsDto };

export type ApiFigures = {
  filters: DashboardFilters;
  includesDemoData: boolean;
  headline: TotalsDto & {
    cooperativesFunded: number;
    urbanCooperativesFunded: number;
    ruralCooperativesFunded: number;
    womenLedCooperatives: number;
    youthCooperatives: number;
  };
  /** Cancelled grants, never counted in the other figures. */
  cancelled: TotalsDto;
  byZoneAndPhase: {
    phases: { id: number; number: number; label: string }[];
    cells: { zone: Zone; phaseId: number; totals: TotalsDto }[];
    byZone: Record<Zone, TotalsDto>;
    byPhase: { phaseId: number; totals: TotalsDto }[];
    total: TotalsDto;
  };
  byYear: BreakdownDto;
  byProgramme: BreakdownDto;
};

// The drill-down filter of each row is for the workspace's links; the key already identifies the row.
function breakdownDto(b: Breakdown): BreakdownDto {
  return { rows: b.rows.map((r) => ({ key: r.key, label: r.label, totals: totalsDto(r.totals) })), total: totalsDto(b.total) };
}

// No "computed at" time in the body: it would change the ETag on every request and defeat 304s.
export async function getApiFigures(lang: AppLocale, filters: DashboardFilters): Promise<ApiFigures> {
  const d = await getPublicResults(lang, filters);
  const { cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives } = d.headline;
  const table = d.zoneByPhase;
  return {
    filters: d.filters,
    includesDemoData: d.includesDemoData,
    headline: {
      ...totalsDto(d.headline),
      cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives,
    },
    cancelled: totalsDto(d.cancelled),
    byZoneAndPhase: {
      phases: table.phases,
      // A list of cells rather than nested objects keyed by id: easier to load into a table or a chart.
      cells: table.zones.flatMap((zone) =>
        table.phases.map((phase) => ({ zone, phaseId: phase.id, totals: totalsDto(table.cells[zone][phase.id]!) })),
      ),
      byZone: { URBAN: totalsDto(table.zoneTotals.URBAN), RURAL: totalsDto(table.zoneTotals.RURAL) },
      byPhase: table.phases.map((phase) => ({ phaseId: phase.id, totals: totalsDto(table.phaseTotals[phase.id]!) })),
      total: totalsDto(table.grandTotal),
    },
    byYear: breakdownDto(d.byYear),
    byProgramme: breakdownDto(d.byProgramme),
  };
}
