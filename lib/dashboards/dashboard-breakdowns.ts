// Turns the grouped totals into the contract's breakdowns: labels in the reader's language, reference
// order, and the filter each row adds when clicked.
import { GRANT_STATUSES } from "@/lib/grants/rules";
import { EMPTY_TOTALS, type Breakdown, type DashboardTotals, type ZonePhaseTable } from "@/lib/dashboards/dashboard-types";
import type { Zone } from "@/lib/dashboards/types";
import { nameIn, type DashboardReference, type Locale } from "@/lib/dashboards/dashboard-reference";
import { breakdownRows, rollUp, sumAll, type GroupRow } from "@/lib/dashboards/dashboard-totals";

type PlaceGroup = GroupRow & { communeId: number; programmeId: number; axisId: number | null };

const ZONES: Zone[] = ["URBAN", "RURAL"];
/** Grants recorded without an axis get their own row, so that the axis rows add up to the total. */
const NO_AXIS = { ar: "بدون محور", fr: "Sans axe" } as const;

export function buildZoneByPhase(groups: PlaceGroup[], ref: DashboardReference, locale: Locale): ZonePhaseTable {
  const cell = (zone: Zone, phaseId: number) => `${zone}|${phaseId}`;
  const cells = rollUp(groups, (g) => {
    const zone = ref.zoneOfCommune.get(g.communeId);
    const phaseId = ref.phaseOfProgramme.get(g.programmeId);
    return zone && phaseId !== undefined ? cell(zone, phaseId) : undefined;
  });
  const table = {} as Record<Zone, Record<number, DashboardTotals>>;
  const zoneTotals = {} as Record<Zone, DashboardTotals>;
  for (const zone of ZONES) {
    table[zone] = Object.fromEntries(ref.phases.map((p) => [p.id, cells.get(cell(zone, p.id)) ?? EMPTY_TOTALS]));
    zoneTotals[zone] = sumAll(Object.values(table[zone]));
  }
  const phaseTotals = Object.fromEntries(ref.phases.map((p) => [p.id, sumAll(ZONES.map((z) => table[z][p.id]!))]));
  return {
    phases: ref.phases.map((p) => ({ id: p.id, number: p.number, label: nameIn(locale, p) })),
    zones: ZONES,
    cells: table,
    zoneTotals,
    phaseTotals,
    grandTotal: sumAll(Object.values(zoneTotals)),
  };
}

type Counts = {
  byPlace: PlaceGroup[];
  byYear: Map<number, DashboardTotals>;
  byStatus: Map<string, DashboardTotals>;
  bySector: Map<number, DashboardTotals>;
};

export function buildBreakdowns(
  counts: Counts,
  total: DashboardTotals,
  communes: DashboardReference["communes"],
  ref: DashboardReference,
  locale: Locale,
): Record<"byProgramme" | "byAxis" | "byCommune" | "byYear" | "bySector" | "byStatus", Breakdown> & { byPrefecture: Breakdown | null } {
  const byProgramme = rollUp(counts.byPlace, (g) => g.programmeId);
  // Programme numbers and axis names repeat from one phase to the next ("1." exists in phases 1, 2 and 3):
  // labels name the phase so that no two rows read alike.
  const phaseName = new Map(ref.phases.map((ph) => [ph.id, nameIn(locale, ph)]));
  const programmeLabel = new Map(ref.programmes.map((p) => [p.id, `${phaseName.get(p.phaseId) ?? ""} — ${p.number}. ${nameIn(locale, p)}`]));
  const programmeShort = new Map(ref.programmes.map((p) => [p.id, `${phaseName.get(p.phaseId) ?? ""} — ${p.number}`]));
  const byAxis = rollUp(counts.byPlace, (g) => g.axisId ?? 0);
  const byCommune = rollUp(counts.byPlace, (g) => g.communeId);
  const byPrefecture = rollUp(counts.byPlace, (g) => ref.prefectureOfCommune.get(g.communeId));
  const years = [...counts.byYear.keys()].sort((a, b) => a - b);
  const withTotal = (rows: Breakdown["rows"]): Breakdown => ({ rows, total });
  return {
    byProgramme: withTotal(breakdownRows(ref.programmes, (p) => byProgramme.get(p.id), (p) => ({
      key: String(p.id), label: programmeLabel.get(p.id) ?? nameIn(locale, p), filter: { programmeId: p.id },
    }))),
    byAxis: withTotal([
      ...breakdownRows(ref.axes, (a) => byAxis.get(a.id), (a) => ({ key: String(a.id), label: `${nameIn(locale, a)} (${programmeShort.get(a.programmeId) ?? ""})`, filter: { axisId: a.id } })),
      // No filter narrows to "no axis": clicking this row adds nothing.
      ...breakdownRows(["none"], () => byAxis.get(0), () => ({ key: "none", label: NO_AXIS[locale], filter: {} })),
    ]),
    byCommune: withTotal(breakdownRows(communes, (c) => byCommune.get(c.id), (c) => ({
      key: String(c.id), label: nameIn(locale, c), filter: { communeId: c.id },
    }), true)),
    byPrefecture: ref.prefectures
      ? withTotal(breakdownRows(ref.prefectures, (p) => byPrefecture.get(p.id), (p) => ({ key: String(p.id), label: nameIn(locale, p), filter: { prefectureId: p.id } }), true))
      : null,
    byYear: withTotal(breakdownRows(years, (y) => counts.byYear.get(y), (y) => ({
      key: String(y), label: String(y), filter: { fromYear: y, toYear: y },
    }))),
    // DashboardFilters has no sector filter (yet): a sector row narrows nothing.
    bySector: withTotal(breakdownRows(ref.sectors, (s) => counts.bySector.get(s.id), (s) => ({
      key: String(s.id), label: nameIn(locale, s), filter: {},
    }))),
    // The page translates statuses: the label is the code itself.
    byStatus: withTotal(breakdownRows(GRANT_STATUSES.filter((s) => s !== "CANCELLED"), (s) => counts.byStatus.get(s), (s) => ({
      key: s, label: s, filter: { status: s },
    }))),
  };
}
