import { describe, expect, it } from "vitest";
import { approvedAmountViolations, approvedSplit, standardTranchePlan } from "./grant-from-application";

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

describe("standardTranchePlan", () => {
  const decidedOn = new Date("2026-12-10T00:00:00Z");

  it("pays 60 % in whole dirhams a month after the decision and the rest six months later, to the centime", () => {
    const plan = standardTranchePlan(20_000_055n, decidedOn);
    expect(plan.map((t) => t.amountCentimes)).toEqual([12_000_000n, 8_000_055n]);
    expect(plan.map((t) => t.plannedOn.toISOString().slice(0, 10))).toEqual(["2027-01-10", "2027-07-10"]);
    expect(plan.every((t) => t.paidOn === null)).toBe(true);
  });

  it("keeps a single tranche when 60 % is less than one dirham", () => {
    expect(standardTranchePlan(150n, decidedOn).map((t) => t.amountCentimes)).toEqual([150n]);
  });
});
