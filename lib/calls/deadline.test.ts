import { describe, expect, it } from "vitest";
import { callPhaseAt } from "./deadline";

const DAY = 24 * 3600 * 1000;
const opens = Date.UTC(2026, 6, 1, 8);
const closes = Date.UTC(2026, 6, 31, 15, 30);

describe("callPhaseAt", () => {
  it("is upcoming before the opening, open from the opening instant, closed from the closing instant", () => {
    expect(callPhaseAt(opens - 1, opens, closes)).toEqual({ kind: "upcoming" });
    expect(callPhaseAt(opens, opens, closes)).toEqual({ kind: "open", days: 30 });
    expect(callPhaseAt(closes - 1, opens, closes)).toEqual({ kind: "open", days: 0 });
    expect(callPhaseAt(closes, opens, closes)).toEqual({ kind: "closed" });
  });

  it("counts whole days left", () => {
    expect(callPhaseAt(closes - 2 * DAY - 1, opens, closes)).toEqual({ kind: "open", days: 2 });
    expect(callPhaseAt(closes - 2 * DAY + 1, opens, closes)).toEqual({ kind: "open", days: 1 });
  });
});
