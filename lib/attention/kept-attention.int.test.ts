// The workspace home's lists kept between visits (./kept-attention.ts): the same lists until a write concerns
// the user's scope; a prefecture's recomputed before they are shown after one (a tranche just paid leaves the
// list at once); the country's shown while recomputed, and marked so.
import { beforeAll, describe, expect, it } from "vitest";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, payGrantTranche } from "@/lib/grants/mutations";
import { noteDataChanged } from "@/lib/data-changes/generation";
import type { SessionUser } from "@/lib/auth/types";
import { loadNeedsAttention } from "./kept-attention";

let f: GrantFixtures;
const overdue: number[] = [];

/** A grant of the staff's prefecture with one tranche planned in the past (the real clock's) and unpaid. */
const grantWithOverdueTranche = async () =>
  (await createGrant(f.staff, { ...f.base, tranches: [{ plannedOn: new Date("2025-05-01T00:00:00Z"), amountCentimes: 10_000_000n, paidOn: null }] })).id;

const overdueGrantIds = (lists: Awaited<ReturnType<typeof loadNeedsAttention>>) => lists.overdueTranches.items.map((i) => i.grantId);

/** The national lists once they are up to date: they may be shown while they are recomputed. */
async function upToDate(user: SessionUser) {
  let lists = await loadNeedsAttention(user, "fr");
  for (let tries = 0; lists.beingUpdated && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    lists = await loadNeedsAttention(user, "fr");
  }
  return lists;
}

beforeAll(async () => {
  f = await setUpGrantFixtures();
  overdue.push(await grantWithOverdueTranche(), await grantWithOverdueTranche());
});

describe("loadNeedsAttention", () => {
  it("keeps a prefecture's lists until a write concerns it, and shows a tranche just paid as paid", async () => {
    const first = await loadNeedsAttention(f.staff, "fr");
    expect(overdueGrantIds(first)).toEqual(expect.arrayContaining(overdue));
    const again = await loadNeedsAttention(f.staff, "fr");
    expect(again.overdueTranches).toBe(first.overdueTranches);
    expect(again.beingUpdated).toBe(false);
    // Another prefecture's write keeps them; one in French is not the Arabic lists.
    noteDataChanged("local", f.staff.prefectureId + 1_000);
    expect((await loadNeedsAttention(f.staff, "fr")).overdueTranches).toBe(first.overdueTranches);
    expect((await loadNeedsAttention(f.staff, "ar")).overdueTranches).not.toBe(first.overdueTranches);

    await payGrantTranche(f.staff, overdue[0]!, { position: 1, paidOn: new Date("2025-05-02T00:00:00Z"), version: 1 });
    const paid = await loadNeedsAttention(f.staff, "fr");
    expect(paid.beingUpdated).toBe(false);
    expect(overdueGrantIds(paid)).not.toContain(overdue[0]);
    expect(overdueGrantIds(paid)).toContain(overdue[1]);
    expect(paid.overdueTranches.total).toBe(first.overdueTranches.total - 1);
  });

  it("shows a national user the country's lists while they are recomputed after a write, and says so", async () => {
    const before = await upToDate(f.national);
    expect(overdueGrantIds(before)).toContain(overdue[1]);
    await payGrantTranche(f.staff, overdue[1]!, { position: 1, paidOn: new Date("2025-05-02T00:00:00Z"), version: 1 });
    const during = await loadNeedsAttention(f.national, "fr");
    expect(during.beingUpdated).toBe(true);
    expect(during.overdueTranches).toBe(before.overdueTranches);
    const after = await upToDate(f.national);
    expect(overdueGrantIds(after)).not.toContain(overdue[1]);
    expect(after.overdueTranches.total).toBe(before.overdueTranches.total - 1);
  });
});
