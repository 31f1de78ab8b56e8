import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { cooperativeFacts, grantFacts } from "@/lib/dashboards/grant-facts";
import { seedAll } from "./seed-all";

describe("seeding fills the dashboard facts of the rows it writes in bulk", () => {
  it("gives every demo grant and cooperative the facts the mutations would have written", async () => {
    const db = getDb();
    await seedAll(db, { demo: true });
    const grants = await db.grant.findMany({
      include: { partnerContributions: true, tranches: true, cooperative: { select: { communeId: true, sectorId: true } } },
    });
    expect(grants.length).toBeGreaterThan(0);
    for (const g of grants) {
      expect({
        communeId: g.communeId, sectorId: g.sectorId, approvalYear: g.approvalYear, partnersContributionCentimes: g.partnersContributionCentimes,
        tranchesPlannedCentimes: g.tranchesPlannedCentimes, tranchesPaidCentimes: g.tranchesPaidCentimes,
      }).toEqual(grantFacts(g, g.cooperative));
    }
    for (const c of await db.cooperative.findMany()) expect({ isWomenLed: c.isWomenLed, isYouth: c.isYouth }).toEqual(cooperativeFacts(c));
    expect((await db.cooperative.findMany()).some((c) => c.isWomenLed)).toBe(true);
  });
});
