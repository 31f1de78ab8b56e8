import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedAll } from "./seed-all";

// Every table, every column: seeding a second time must leave the database byte-for-byte the same.
// Each table in its key order: without ORDER BY, PostgreSQL returns rows in storage order, which an update
// changes even when it writes the same values.
const TABLES = [
  "region", "prefecture", "commune", "place", "phase", "programme", "axis", "sector", "organisation",
  "cooperative", "grant", "grantPartnerContribution", "grantTranche", "event", "eventPartner", "presentation", "user",
  "callForProjects", "application", "review", "committeeSession", "committeeAgendaItem", "convention", "conventionMilestone",
  "visit", "photo", "storedFile",
] as const;

async function snapshot() {
  const db = getDb() as unknown as Record<string, { findMany: (args?: object) => Promise<unknown[]> }>;
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const orderBy = table === "eventPartner" ? [{ eventId: "asc" }, { organisationId: "asc" }] : { id: "asc" };
    out[table] = await db[table]!.findMany({ orderBy });
  }
  return out;
}

describe("seeding", () => {
  it("changes nothing when run a second time", async () => {
    const db = getDb();
    await seedAll(db, { demo: true, demoAccounts: true });
    const first = await snapshot();
    // 85 generated demo cooperatives, and the 6 the funding demo's committee approvals created (funding-demo.ts).
    expect(first.cooperative).toHaveLength(85 + 6);
    expect(first.application).toHaveLength(14);
    // The seed article's meeting and the follow-up demo's event (salon-cooperatives-demonstration).
    expect(first.event).toHaveLength(2);
    expect(first.visit!.length).toBeGreaterThan(20);
    expect(first.user).toHaveLength(5);
    expect((first.cooperative as { searchText: string }[]).every((c) => c.searchText.length > 0)).toBe(true);
    await seedAll(db, { demo: true, demoAccounts: true });
    expect(await snapshot()).toEqual(first);
  });
});
