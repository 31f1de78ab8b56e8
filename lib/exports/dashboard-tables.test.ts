import { describe, expect, it } from "vitest";
import { dashboardTables } from "./dashboard-tables";
import { describeFilters } from "./filters-description";
import { dashboardT, testDashboard } from "./test-fixtures";

describe("dashboardTables", () => {
  const tables = dashboardTables(testDashboard, "ar", dashboardT("ar"));

  it("has one table per table or chart of the dashboard, with unique names", () => {
    expect(tables.map((t) => t.name)).toEqual([
      "الأرقام الرئيسية", "توزيع الكلفة", "الأشطر", "الوسط والمرحلة - المشاريع", "الوسط والمرحلة - الكلفة",
      "الوسط والمرحلة - المبادرة", "البرامج", "المحاور", "الجماعات", "السنوات", "القطاعات", "الحالات", "الملغاة",
    ]);
    expect(new Set(tables.map((t) => t.name)).size).toBe(tables.length);
    expect(tables.every((t) => t.dir === "rtl" && t.rows.every((r) => r.cells.length === t.headers.length))).toBe(true);
  });

  it("gives the zone × phase table totals both ways", () => {
    const grants = tables[3]!;
    expect(grants.headers).toEqual(["الوسط", "المرحلة الثانية", "المرحلة الثالثة", "المجموع"]);
    expect(grants.rows.map((r) => r.cells.map((c) => (c.kind === "count" ? c.value : c.kind === "text" ? c.value : null)))).toEqual([
      ["حضري", 3, 2, 5],
      ["قروي", 4, 1, 5],
      ["المجموع", 7, 3, 10],
    ]);
    expect(grants.rows.at(-1)!.total).toBe(true);
  });

  it("names statuses in the reader's language, never by their code", () => {
    const statuses = tables.find((t) => t.name === "الحالات")!;
    const labels = statuses.rows.map((r) => (r.cells[0]!.kind === "text" ? r.cells[0]!.value : ""));
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).not.toMatch(/[A-Z_]{4,}/);
    expect(labels).toContain("مصادق عليه");
  });

  it("ends each breakdown with its total row", () => {
    const communes = tables.find((t) => t.name === "الجماعات")!;
    expect(communes.rows.at(-1)!.cells[0]).toEqual({ kind: "text", value: "المجموع" });
    expect(communes.rows.at(-1)!.cells[2]).toEqual({ kind: "money", centimes: testDashboard.byCommune.total.totalCostCentimes });
  });

  it("writes French headers with a capital letter although titles use the dimension in lower case", () => {
    const fr = dashboardTables(testDashboard, "fr", dashboardT("fr"));
    const communes = fr.find((t) => t.name === "Communes")!;
    expect(communes.title).toBe("Projets financés par commune");
    expect(communes.headers[0]).toBe("Commune");
    expect(fr[0]!.dir).toBe("ltr");
  });
});

describe("describeFilters", () => {
  const t = dashboardT("fr");
  it("names each active filter from the dashboard, or by number when it cannot", () => {
    const d = { ...testDashboard, filters: { toYear: 2022, zone: "RURAL" as const, communeId: 11, phaseId: 3, axisId: 99, prefectureId: 4, status: "COMPLETED" as const } };
    expect(describeFilters(d, t)).toEqual([
      "Période : jusqu'en 2022", "Préfecture ou province : n° 4", "Milieu : Rural", "Commune : أصيلة",
      "Phase : المرحلة الثالثة", "Axe : n° 99", "Statut : Achevé",
    ]);
    expect(describeFilters(d, t, { prefectureId: "Tanger-Assilah" })[1]).toBe("Préfecture ou province : Tanger-Assilah");
  });

  it("says when nothing is filtered", () => {
    expect(describeFilters({ ...testDashboard, filters: {} }, t)).toEqual(["Aucun filtre : tous les projets financés du périmètre"]);
  });
});
