// GrantLatestVisit, kept by the visit mutations, must always equal a recomputation from Visit: after visits are
// created (out of date order, two on one day, some indicators not measured), edited (a date moved, a value
// cleared) and deleted (the latest one, then the last one).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant } from "@/lib/grants/mutations";
import { createVisit, deleteVisit, updateVisit } from "@/lib/visits/mutations";
import type { VisitInput } from "@/lib/visits/schema";
import { rebuildGrantLatestVisits } from "./latest-visit";

let f: GrantFixtures;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const visit = (over: Partial<VisitInput> = {}): VisitInput => ({
  visitedOn: day("2024-07-01"), visitors: "DAS", findings: "-", projectState: "ON_TRACK", milestoneId: null,
  jobs: 12, jobsWomen: 8, jobsYoung: 3, members: 14, annualRevenue: 18_000_000n, productionQuantity: 1_500, ...over,
});

const maintained = () => getDb().grantLatestVisit.findMany({ orderBy: { grantId: "asc" } });

/** The maintained rows, then the same rows recomputed from Visit (in a transaction rolled back). */
async function bothWays() {
  const kept = await maintained();
  let recomputed: typeof kept = [];
  await getDb().$transaction(async (tx) => {
    await rebuildGrantLatestVisits(tx);
    recomputed = await tx.grantLatestVisit.findMany({ orderBy: { grantId: "asc" } });
    throw new Error("rollback");
  }).catch((e: unknown) => {
    if (!(e instanceof Error && e.message === "rollback")) throw e;
  });
  return { kept, recomputed };
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
});

describe("GrantLatestVisit", () => {
  it("equals a recomputation from Visit after creations, edits and deletions", async () => {
    const a = (await createGrant(f.staff, f.base)).id;
    const b = (await createGrant(f.staff, f.base)).id;
    const a1 = await createVisit(f.staff, a, visit({ visitedOn: day("2024-09-01"), projectState: "AT_RISK", jobs: 15, jobsWomen: null }), []);
    const a2 = await createVisit(f.staff, a, visit({ visitedOn: day("2024-07-01"), jobs: 10, jobsWomen: 6, jobsYoung: 2 }), []);
    // Same day as a1, recorded later: the latest by id.
    const a3 = await createVisit(f.staff, a, visit({ visitedOn: day("2024-09-01"), projectState: "STALLED", jobs: null, jobsYoung: 5 }), []);
    const b1 = await createVisit(f.staff, b, visit({ visitedOn: day("2024-08-01"), projectState: "COMPLETED" }), []);
    let { kept, recomputed } = await bothWays();
    expect(kept).toEqual(recomputed);
    expect(kept.find((r) => r.grantId === a)).toMatchObject({ visitId: a3.id, projectState: "STALLED", jobs: 15, jobsWomen: 8, jobsYoung: 5 });

    // a2 moves after the others: it becomes the latest, and its values the latest measured.
    await updateVisit(f.staff, a2.id, { ...visit({ visitedOn: day("2024-10-01"), projectState: "COMPLETED", jobs: 11, jobsWomen: null, jobsYoung: 1 }), version: 1 }, []);
    ({ kept, recomputed } = await bothWays());
    expect(kept).toEqual(recomputed);
    expect(kept.find((r) => r.grantId === a)).toMatchObject({ visitId: a2.id, visitedOn: day("2024-10-01"), projectState: "COMPLETED", jobs: 11, jobsWomen: 8, jobsYoung: 1 });

    // The latest goes: the one before is the latest again.
    await deleteVisit(f.staff, a2.id, { version: 2 });
    await deleteVisit(f.staff, a1.id, { version: 1 });
    ({ kept, recomputed } = await bothWays());
    expect(kept).toEqual(recomputed);
    expect(kept.find((r) => r.grantId === a)).toMatchObject({ visitId: a3.id, jobs: null, jobsWomen: 8, jobsYoung: 5 });

    // The last visit of a grant goes: so does its row.
    await deleteVisit(f.staff, b1.id, { version: 1 });
    ({ kept, recomputed } = await bothWays());
    expect(kept).toEqual(recomputed);
    expect(kept.some((r) => r.grantId === b)).toBe(false);
  });
});
