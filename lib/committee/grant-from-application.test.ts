import { describe, expect, it } from "vitest";
import { approvedAmountViolations, approvedSplit } from "./grant-from-application";

const application = {
  totalCostCentimes: 40_000_012n,
  requestedIndhCentimes: 24_000_005n,
  beneficiaryContributionCentimes: 10_000_004n,
  partnersContributionCentimes: 6_000_003n,
};

describe("approvedSplit", () => {
  it("keeps the request as it was when approved in full", () => {
    expect(approvedSplit(application, 24_000_005n)).toEqual({
      totalCostCentimes: 40_000_012n, indhContributionCentimes: 24_000_005n, beneficiaryContributionCentimes: 10_000_004n,
      partnersContributionCentimes: 6_000_003n, reductionCentimes: 0n,
    });
  });

  it("shrinks the total cost by exactly the reduction, so the contributions still add up", () => {
    const split = approvedSplit(application, 20_000_001n);
    expect(split.reductionCentimes).toBe(4_000_004n);
    expect(split.totalCostCentimes).toBe(36_000_008n);
    expect(split.indhContributionCentimes + split.beneficiaryContributionCentimes + split.partnersContributionCentimes).toBe(split.totalCostCentimes);
  });
});

describe("approvedAmountViolations", () => {
  it("refuses zero, negative and above the request, to the centime", () => {
    expect(approvedAmountViolations(0n, 100n)).toEqual([{ field: "approvedAmount", code: "committee.amountNotPositive" }]);
    expect(approvedAmountViolations(-1n, 100n)[0]?.code).toBe("committee.amountNotPositive");
    expect(approvedAmountViolations(101n, 100n)).toEqual([{ field: "approvedAmount", code: "committee.amountAboveRequested" }]);
    expect(approvedAmountViolations(100n, 100n)).toEqual([]);
    expect(approvedAmountViolations(1n, 100n)).toEqual([]);
  });
});
