// The dashboard's four pages on the hand-worked fixture (dashboard-fixture.ts): each computes only its own
// figures with the frame's (filters, options, demo notice), keeps its view apart from the other pages' until
// the records change (the overview and the breakdowns share their money figures), and says whether demo
// grants are counted under the page's own filters.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { loadDashboardSection } from "@/lib/dashboards/dashboard-page-data";
import { DASHBOARD_SECTIONS } from "@/lib/dashboards/dashboard-sections";
import { setUpDashboardFixture } from "@/lib/dashboards/dashboard-fixture";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";
import { noteDataChanged } from "@/lib/data-changes/generation";
import { withWriteScope } from "@/lib/data-changes/write-scope";

let f: Awaited<ReturnType<typeof setUpDashboardFixture>>;
beforeAll(async () => {
  f = await setUpDashboardFixture();
});

const FRAME = ["beingUpdated", "computedAt", "filters", "includesDemoData", "options"];

/** The overview as soon as it is up to date: a country view may be shown while it is recomputed. */
async function upToDate(user: typeof f.national, params: Record<string, string>) {
  let view = await loadDashboardSection("overview", user, params, "fr");
  for (let tries = 0; view.beingUpdated && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    view = await loadDashboardSection("overview", user, params, "fr");
  }
  return view;
}

describe("the dashboard's pages", () => {
  it("each computes its own figures only, with the frame's", async () => {
    const own = async (section: (typeof DASHBOARD_SECTIONS)[number]) =>
      Object.keys(await loadDashboardSection(section, f.manager, { zone: "RURAL" }, "fr")).filter((key) => !FRAME.includes(key)).sort();
    expect(await own("overview")).toEqual(["dashboard", "reconciliation"]);
    expect(await own("breakdowns")).toEqual(["dashboard"]);
    expect(await own("outcomes")).toEqual(["outcomes"]);
    expect(await own("applications")).toEqual(["pipeline"]);

    const outcomes = await loadDashboardSection("outcomes", f.manager, { zone: "RURAL", ignored: "x" }, "fr");
    expect(outcomes.filters).toEqual({ zone: "RURAL" });
    expect(outcomes.options.years.length).toBeGreaterThan(0);
    const overview = await loadDashboardSection("overview", f.manager, { zone: "RURAL" }, "fr");
    expect(overview.dashboard.headline.grants).toBe(1); // G4, the one rural grant counted
  });

  it("keeps each page's view apart until the records change", async () => {
    const first = await loadDashboardSection("outcomes", f.manager, { fromYear: "2019" }, "fr");
    expect(await loadDashboardSection("outcomes", f.manager, { fromYear: "2019" }, "fr")).toBe(first);
    expect(await loadDashboardSection("applications", f.manager, { fromYear: "2019" }, "fr")).not.toBe(first);
    expect(await loadDashboardSection("outcomes", f.manager, { fromYear: "2020" }, "fr")).not.toBe(first);
    // The overview and the breakdowns show the same money figures, computed once.
    const overview = await loadDashboardSection("overview", f.manager, { fromYear: "2019" }, "fr");
    expect((await loadDashboardSection("breakdowns", f.manager, { fromYear: "2019" }, "fr")).dashboard).toBe(overview.dashboard);
    const region = await getDb().region.findFirstOrThrow();
    await getDb().region.update({ where: { id: region.id }, data: { nameFr: region.nameFr } });
    expect(await loadDashboardSection("outcomes", f.manager, { fromYear: "2019" }, "fr")).not.toBe(first);
  });

  it("keeps a national user's view of one prefecture through another prefecture's writes, not through its own", async () => {
    const tanger = { prefectureId: String(f.manager.prefectureId) };
    const first = await loadDashboardSection("overview", f.national, tanger, "fr");
    const country = await loadDashboardSection("overview", f.national, {}, "fr");
    expect(first.dashboard.headline.grants).toBeLessThan(country.dashboard.headline.grants); // not the other prefecture's G6
    noteDataChanged("local", f.ids.other); // the other prefecture's staff saved a record
    expect(await loadDashboardSection("overview", f.national, tanger, "fr")).toBe(first);
    expect(await loadDashboardSection("overview", f.national, {}, "fr")).not.toBe(country); // the country's view reads it
    noteDataChanged("local", f.manager.prefectureId);
    expect(await loadDashboardSection("overview", f.national, tanger, "fr")).not.toBe(first);
  });

  it("shows a national manager the country's figures while they are recomputed after a write, and says so", async () => {
    const tanger = { prefectureId: String(f.manager.prefectureId) };
    const before = await upToDate(f.national, {}); // the test above made it stale
    const tangerBefore = await loadDashboardSection("overview", f.national, tanger, "fr");
    const managerBefore = await loadDashboardSection("overview", f.manager, {}, "fr");
    expect([before.beingUpdated, before.includesDemoData]).toEqual([false, false]);
    // The other prefecture's staff make G6 a demonstration record.
    await withWriteScope(f.ids.other, () =>
      getDb().$transaction(async (tx) => {
        await tx.grant.update({ where: { id: f.grants.g6 }, data: { isDemo: true } });
        await rebuildGrantSummaries(tx);
      }),
    );
    const stale = await loadDashboardSection("overview", f.national, {}, "fr");
    expect([stale.beingUpdated, stale.includesDemoData, stale.computedAt]).toEqual([true, false, before.computedAt]);
    expect(await loadDashboardSection("overview", f.national, tanger, "fr")).toBe(tangerBefore); // not its records
    expect(await loadDashboardSection("overview", f.manager, {}, "fr")).toBe(managerBefore);
    const fresh = await upToDate(f.national, {});
    expect([fresh.beingUpdated, fresh.includesDemoData]).toEqual([false, true]);
    expect(fresh.computedAt.getTime()).toBeGreaterThanOrEqual(before.computedAt.getTime());
    // A write for every prefecture: a prefecture's view is recomputed before it is shown, never served stale.
    await getDb().$transaction(async (tx) => {
      await tx.grant.update({ where: { id: f.grants.g6 }, data: { isDemo: false } });
      await rebuildGrantSummaries(tx);
    });
    const manager = await loadDashboardSection("overview", f.manager, {}, "fr");
    expect(manager).not.toBe(managerBefore);
    expect(manager.beingUpdated).toBe(false);
  });

  it("says on every page whether demo grants are counted, under the page's filters", async () => {
    const demo = async (zone: string) =>
      Promise.all(DASHBOARD_SECTIONS.map(async (section) => (await loadDashboardSection(section, f.manager, { zone }, "fr")).includesDemoData));
    expect(await demo("RURAL")).toEqual([false, false, false, false]);
    // G4, the rural grant, becomes a demonstration record (as the seed's are).
    await getDb().$transaction(async (tx) => {
      await tx.grant.update({ where: { id: f.grants.g4 }, data: { isDemo: true } });
      await rebuildGrantSummaries(tx);
    });
    expect(await demo("RURAL")).toEqual([true, true, true, true]);
    expect(await demo("URBAN")).toEqual([false, false, false, false]);
  });
});
