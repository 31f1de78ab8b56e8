import { describe, expect, it } from "vitest";
import { outcomeFigures, type OutcomeGroup } from "./outcome-figures";
import { outcomeTables } from "./outcome-tables";
import type { Outcomes } from "./outcome-types";
import { toCsv } from "@/lib/exports/csv";

// Keys come back as they are, with their values, so the test does not depend on the catalogues.
const echo = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${Object.values(values).join(",")})` : key);
const sums = (measured: number, baseline: number, now: number) => ({ measured, baseline, now });
const groups: OutcomeGroup[] = [
  { zone: "URBAN", phaseId: 3, state: "ON_TRACK", grants: 2, overdue: 1, measuredIndhCentimes: 70_000_000n,
    indicators: { jobs: sums(2, 4, 11), jobsWomen: sums(2, 1, 4), jobsYoung: sums(1, 0, 1) } },
  { zone: "RURAL", phaseId: 2, state: null, grants: 1, overdue: 0, measuredIndhCentimes: 0n,
    indicators: { jobs: sums(0, 0, 0), jobsWomen: sums(0, 0, 0), jobsYoung: sums(0, 0, 0) } },
  { zone: "RURAL", phaseId: 3, state: "STALLED", grants: 1, overdue: 1, measuredIndhCentimes: 30_000_000n,
    indicators: { jobs: sums(1, 5, 3), jobsWomen: sums(1, 2, 2), jobsYoung: sums(0, 0, 0) } },
];
const at = (zone: "URBAN" | "RURAL", phaseId: number) => outcomeFigures(groups, (p) => p.zone === zone && p.phaseId === phaseId);
const outcomes: Outcomes = {
  today: new Date("2026-06-15T00:00:00Z"),
  overdueBefore: new Date("2025-12-15T00:00:00Z"),
  total: outcomeFigures(groups),
  byZone: (["URBAN", "RURAL"] as const).map((zone) => ({ key: zone, zone, label: zone, figures: outcomeFigures(groups, (p) => p.zone === zone) })),
  byPhase: [2, 3].map((phaseId) => ({ key: String(phaseId), phaseId, label: `Phase ${phaseId}`, figures: outcomeFigures(groups, (p) => p.phaseId === phaseId) })),
  cells: { URBAN: { 2: at("URBAN", 2), 3: at("URBAN", 3) }, RURAL: { 2: at("RURAL", 2), 3: at("RURAL", 3) } },
};
const tables = outcomeTables(outcomes, { t: echo, dt: echo, state: (s) => `state:${s}`, overdueBefore: "15/12/2025" }, { notes: ["note"], dir: "ltr" });

describe("outcomeTables", () => {
  it("gives the summary, the indicators, zone x phase and the zone and phase tables, each row as wide as its headers", () => {
    expect(tables.map((t) => t.name)).toEqual(["sheets.summary", "sheets.indicators", "sheets.zonePhase", "sheets.byZone", "sheets.byPhase"]);
    expect(tables.every((t) => t.notes[0] === "note" && t.rows.every((r) => r.cells.length === t.headers.length))).toBe(true);
  });

  it("writes the figures exactly: jobs created, money in centimes, the cost per job, states and follow-up", () => {
    const summary = new Map(tables[0]!.rows.map((r) => [(r.cells[0] as { value: string }).value, r.cells[1]]));
    expect(summary.get("columns.grants")).toEqual({ kind: "count", value: 4 });
    expect(summary.get("created.jobs")).toEqual({ kind: "count", value: 5 }); // 14 now - 9 at baseline
    expect(summary.get("created.jobsYoung")).toEqual({ kind: "count", value: 1 });
    expect(summary.get("columns.measuredIndh")).toEqual({ kind: "money", centimes: 100_000_000n });
    expect(summary.get("columns.indhPerJob")).toEqual({ kind: "money", centimes: 20_000_000n });
    expect(summary.get("state:STALLED")).toEqual({ kind: "count", value: 1 });
    expect(summary.get("columns.neverVisited")).toEqual({ kind: "count", value: 1 });
    expect(summary.get("overdueBefore(15/12/2025)")).toEqual({ kind: "count", value: 2 });
  });

  it("leaves the cost per job empty where jobs were lost, and totals the zone x phase table", () => {
    const rural = tables[3]!.rows[1]!.cells;
    expect(rural[0]).toEqual({ kind: "text", value: "zone.RURAL" });
    expect(rural[3]).toEqual({ kind: "count", value: -2 });
    expect(rural[7]).toEqual({ kind: "text", value: "" });
    const zonePhase = tables[2]!;
    expect(zonePhase.headers).toEqual(["dimensions.zone", "Phase 2", "Phase 3", "total"]);
    expect(zonePhase.rows.map((r) => r.cells.slice(1).map((c) => (c as { value: number }).value))).toEqual([[0, 7, 7], [0, -2, -2], [0, 5, 5]]);
    expect(toCsv(tables)).toContain("zone.RURAL,0,-2,-2");
  });
});
