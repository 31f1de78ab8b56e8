// The public results' figures are kept a minute per process (public-results.ts): visitors share one
// computation, and an edit that revalidates the public pages forgets them at once.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "@/prisma/seed/seed-all";
import { getPublicResults } from "@/lib/dashboards/public-results";
import { forgetCachedPages } from "@/lib/page-cache/forget";
import { getHeadlineFigures } from "@/lib/dashboards/queries";
import { getPublicHeadline } from "@/lib/dashboards/public-headline";
import { rebuildGrantSummaries } from "@/lib/dashboards/grant-summary";

beforeAll(async () => {
  await seedAll(getDb(), { demo: true });
});

describe("public results kept between edits", () => {
  it("shares one computation per filter set until the public pages are forgotten", async () => {
    const first = getPublicResults("ar", {});
    expect(getPublicResults("ar", {})).toBe(first);
    expect(getPublicResults("fr", {})).not.toBe(first);
    expect(getPublicResults("ar", { zone: "RURAL" })).not.toBe(first);
    const before = await first;
    forgetCachedPages(); // what every public revalidation does (lib/page-cache/revalidate.ts), on every instance
    const again = getPublicResults("ar", {});
    expect(again).not.toBe(first);
    expect((await again).headline.grants).toBe(before.headline.grants);
  });
});

describe("the home page's figures, read from the kept public results", () => {
  it("equal the figures computed on Grant itself, in total and by zone", async () => {
    const { computedAt: _kept, ...fromResults } = await getPublicHeadline("ar");
    const { computedAt: _direct, ...direct } = await getHeadlineFigures();
    // The seed (with its demo records) has funded cooperatives in both zones: the comparison covers each.
    expect(direct.byZone.URBAN.grants).toBeGreaterThan(0);
    expect(direct.byZone.RURAL.grants).toBeGreaterThan(0);
    expect(direct.includesDemoData).toBe(true);
    expect(fromResults).toEqual(direct);
  });

  it("follow an edit once the public pages are forgotten", async () => {
    const before = await getPublicHeadline("fr");
    const grant = await getDb().grant.findFirstOrThrow({ where: { status: { not: "CANCELLED" } }, select: { id: true, totalCostCentimes: true } });
    await getDb().grant.update({ where: { id: grant.id }, data: { totalCostCentimes: grant.totalCostCentimes + 100n } });
    await getDb().$transaction((tx) => rebuildGrantSummaries(tx)); // what the grant forms' writes keep in step
    expect((await getPublicHeadline("fr")).totalCostCentimes).toBe(before.totalCostCentimes); // kept
    forgetCachedPages();
    expect((await getPublicHeadline("fr")).totalCostCentimes).toBe(before.totalCostCentimes + 100n);
  });
});
