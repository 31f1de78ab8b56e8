import { describe, expect, it } from "vitest";
import { stepStates } from "@/lib/applications/steps";

describe("stepStates", () => {
  it("follows an application from receipt to the committee's decision", () => {
    expect(stepStates("RECEIVED", false)).toEqual({ received: "done", screening: "current", review: "upcoming", decision: "upcoming" });
    expect(stepStates("ELIGIBLE", false)).toEqual({ received: "done", screening: "done", review: "current", decision: "upcoming" });
    expect(stepStates("ELIGIBLE", true)).toEqual({ received: "done", screening: "done", review: "done", decision: "current" });
    for (const decided of ["APPROVED", "DEFERRED", "REJECTED"]) {
      expect(stepStates(decided, true)).toEqual({ received: "done", screening: "done", review: "done", decision: "done" });
    }
  });

  it("stops after screening for an ineligible or withdrawn application", () => {
    expect(stepStates("INELIGIBLE", false)).toEqual({ received: "done", screening: "done", review: "upcoming", decision: "upcoming" });
    expect(stepStates("WITHDRAWN", false).review).toBe("upcoming");
  });
});
