import { describe, expect, it } from "vitest";
import { checkMilestoneTranches, checkRecordedDate, moroccoToday, nextReference, trancheRefusal } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("convention rules", () => {
  it("proposes the next free reference of the year", () => {
    expect(nextReference(2026, [])).toBe("CONV-2026-001");
    expect(nextReference(2026, ["CONV-2026-001", "CONV-2026-007", "CONV-2025-040", "CONV-2026-X"])).toBe("CONV-2026-008");
  });

  it("takes Morocco's calendar day, not UTC's", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Casablanca (UTC+1).
    expect(moroccoToday(new Date("2025-12-31T23:30:00Z"))).toEqual(day("2026-01-01"));
  });

  it("lets a tranche be released by one milestone of its grant at most", () => {
    expect(checkMilestoneTranches([{ trancheId: 1 }, { trancheId: null }, { trancheId: 2 }], [1, 2])).toEqual([]);
    expect(checkMilestoneTranches([{ trancheId: 1 }, { trancheId: 1 }, { trancheId: 9 }], [1, 2]).map((v) => v.code)).toEqual([
      "convention.trancheTwice", "convention.unknownTranche",
    ]);
  });

  it("refuses a recorded date in the future or before what it follows", () => {
    const today = day("2026-12-05");
    expect(checkRecordedDate(day("2026-12-05"), day("2026-12-05"), today)).toBeNull();
    expect(checkRecordedDate(day("2026-12-06"), day("2026-01-01"), today)).toBe("convention.dateInFuture");
    expect(checkRecordedDate(day("2025-12-31"), day("2026-01-01"), today)).toBe("convention.dateTooEarly");
  });

  it("pays a tranche under a convention only once its milestone is reached", () => {
    expect(trancheRefusal(false, null)).toBeNull();
    expect(trancheRefusal(true, null)).toBe("convention.noMilestoneForTranche");
    expect(trancheRefusal(true, { reachedOn: null })).toBe("convention.milestoneNotReached");
    expect(trancheRefusal(true, { reachedOn: day("2026-01-01") })).toBeNull();
  });
});
