import { describe, expect, it } from "vitest";
import { minutesTotals } from "./minutes";

describe("minutesTotals", () => {
  it("counts each decision and sums the approved amounts exactly", () => {
    expect(minutesTotals([
      { decision: "APPROVED", approvedAmountCentimes: 9_007_199_254_740_993n },
      { decision: "APPROVED", approvedAmountCentimes: 1n },
      { decision: "DEFERRED", approvedAmountCentimes: null },
      { decision: "REJECTED", approvedAmountCentimes: null },
      { decision: null, approvedAmountCentimes: null },
    ])).toEqual({ approved: 2, deferred: 1, rejected: 1, approvedCentimes: 9_007_199_254_740_994n });
  });
});
