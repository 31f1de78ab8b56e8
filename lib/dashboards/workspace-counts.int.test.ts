// The home page's counts, kept per scope until a write concerns it, never shown stale (./workspace-counts.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { setUpGrantFixtures, type GrantFixtures } from "@/lib/grants/test-fixtures";
import { createGrant } from "@/lib/grants/mutations";
import { noteDataChanged } from "@/lib/data-changes/generation";
import { loadWorkspaceCounts } from "./workspace-counts";

let f: GrantFixtures;
beforeAll(async () => {
  f = await setUpGrantFixtures();
});

describe("loadWorkspaceCounts", () => {
  it("keeps a scope's counts through other prefectures' writes and counts a grant just saved", async () => {
    const first = await loadWorkspaceCounts(f.staff);
    const country = await loadWorkspaceCounts(f.national);
    expect(country.grants).toBeGreaterThan(first.grants); // the other prefecture's grant
    noteDataChanged("local", f.staff.prefectureId + 1_000);
    expect(await loadWorkspaceCounts(f.staff)).toBe(first);

    await createGrant(f.staff, f.base);
    expect((await loadWorkspaceCounts(f.staff)).grants).toBe(first.grants + 1);
    // The country's counts are recomputed at once, not shown as they were.
    expect((await loadWorkspaceCounts(f.national)).grants).toBe(country.grants + 1);
  });
});
