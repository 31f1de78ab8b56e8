// Compares getDashboard's figures with the naive computation, figure by figure; returns the differences.
import type { Dashboard, DashboardTotals } from "@/lib/dashboards/dashboard-types";
import { EMPTY_TOTALS } from "@/lib/dashboards/dashboard-types";
import type { NaiveFigures } from "./bench-dashboard-naive";

const text = (t: DashboardTotals) => JSON.stringify(t, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

export function sameFigures(d: Dashboard, n: NaiveFigures): string[] {
  const diff: string[] = [];
  const check = (what: string, a: DashboardTotals, b: DashboardTotals | undefined) => {
    if (text(a) !== text(b ?? EMPTY_TOTALS)) diff.push(`${what}: ${text(a)} != ${text(b ?? EMPTY_TOTALS)}`);
  };
  const { cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives, ...totals } = d.headline;
  const { cooperativesFunded: _c, urban: _u, rural: _r, womenLed: _w, youth: _y, ...naiveTotals } = n.headline;
  check("headline", totals, naiveTotals);
  check("cancelled", d.cancelled, n.cancelled);
  const counts = [cooperativesFunded, urbanCooperativesFunded, ruralCooperativesFunded, womenLedCooperatives, youthCooperatives].join();
  const naiveCounts = [n.headline.cooperativesFunded, n.headline.urban, n.headline.rural, n.headline.womenLed, n.headline.youth].join();
  if (counts !== naiveCounts) diff.push(`cooperatives: ${counts} != ${naiveCounts}`);
  const tables = { programme: d.byProgramme, axis: d.byAxis, commune: d.byCommune, year: d.byYear, sector: d.bySector, status: d.byStatus };
  for (const [name, breakdown] of Object.entries(tables)) {
    const expected = n.rows[name]!;
    for (const row of breakdown.rows) check(`${name} ${row.key}`, row.totals, expected.get(row.key));
    const listed = new Set(breakdown.rows.map((r) => r.key));
    for (const key of expected.keys()) if (!listed.has(key)) diff.push(`${name} ${key}: missing row`);
  }
  for (const zone of d.zoneByPhase.zones) {
    for (const p of d.zoneByPhase.phases) check(`zone ${zone} phase ${p.id}`, d.zoneByPhase.cells[zone][p.id]!, n.rows.zonePhase!.get(`${zone}|${p.id}`));
  }
  return diff;
}
