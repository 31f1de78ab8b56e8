// The year filter of the grants and cooperatives lists, read from two index ends (./approval-years.ts):
// the same years as the grants themselves, in the user's scope, following every grant write.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant, deleteGrant } from "@/lib/grants/mutations";
import { approvalYearsNewestFirst } from "./approval-years";

let f: GrantFixtures;
beforeAll(async () => {
  f = await setUpGrantFixtures();
});

/** The years as Grant itself gives them: every year from the first approval to the last, newest first. */
async function yearsOnGrant(user: SessionUser): Promise<number[]> {
  const grants = await getDb().grant.findMany({ where: prefectureScope(user), select: { approvedOn: true } });
  const years = grants.map((g) => g.approvedOn.getUTCFullYear());
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

describe("approvalYearsNewestFirst", () => {
  it("gives the years of the user's grants, follows a grant saved and deleted, and stays in scope", async () => {
    expect(await approvalYearsNewestFirst(f.staff)).toEqual([]); // no grant yet in this prefecture
    await createGrant(f.staff, { ...f.base, approvedOn: new Date("2022-02-01T00:00:00Z"), tranches: [] });
    await createGrant(f.staff, f.base); // 2024
    const before = await approvalYearsNewestFirst(f.staff);
    expect(before).toEqual([2024, 2023, 2022]);
    expect(before).toEqual(await yearsOnGrant(f.staff));

    const old = await createGrant(f.staff, { ...f.base, approvedOn: new Date("2006-05-20T00:00:00Z"), tranches: [] });
    const widened = await approvalYearsNewestFirst(f.staff);
    expect(widened.at(-1)).toBe(2006);
    expect(widened).toEqual(await yearsOnGrant(f.staff));
    // The other prefecture's staff do not see this prefecture's 2006; the country does.
    const otherStaff = { ...f.staff, prefectureId: (await getDb().grant.findUniqueOrThrow({ where: { id: f.other.grantId } })).prefectureId };
    expect(await approvalYearsNewestFirst(otherStaff)).not.toContain(2006);
    expect(await approvalYearsNewestFirst(otherStaff)).toEqual(await yearsOnGrant(otherStaff));
    expect(await approvalYearsNewestFirst(f.national)).toEqual(await yearsOnGrant(f.national));
    expect((await approvalYearsNewestFirst(f.national)).at(-1)).toBe(2006);

    // Deleted, its year goes with it.
    const { version } = await getDb().grant.findUniqueOrThrow({ where: { id: old.id }, select: { version: true } });
    await deleteGrant(f.staff, old.id, { version, reason: "saisie en double" });
    expect(await approvalYearsNewestFirst(f.staff)).toEqual(before);
  });
});
