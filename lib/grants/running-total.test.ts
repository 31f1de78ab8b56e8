import { describe, expect, it } from "vitest";
import { runningTotal } from "./running-total";
import { contributionGap } from "./rules";

describe("contributionGap", () => {
  it("is what remains to allocate, negative when the contributions exceed the total cost", () => {
    const grant = { totalCostCentimes: 50_000_000n, indhContributionCentimes: 30_000_000n, beneficiaryContributionCentimes: 5_000_000n, partnerContributions: [{ amountCentimes: 3_800_000n }] };
    expect(contributionGap(grant)).toBe(11_200_000n);
    expect(contributionGap({ ...grant, beneficiaryContributionCentimes: 16_200_000n })).toBe(0n);
    expect(contributionGap({ ...grant, beneficiaryContributionCentimes: 16_200_001n })).toBe(-1n);
  });
});

describe("the grant form's running total", () => {
  it("adds INDH, beneficiary and every partner row, typed the Moroccan way", () => {
    const total = runningTotal({
      totalCost: "849.300,00",
      indhContribution: "500 000",
      beneficiaryContribution: "",
      "partnerContributions.0.amount": "200000,50",
      "partnerContributions.0.organisationId": "7",
      "partnerContributions.3.amount": "100.000",
      "tranches.0.amount": "999999",
    });
    expect(total).toEqual({ contributionsCentimes: 80_000_050n, totalCostCentimes: 84_930_000n, gapCentimes: 4_929_950n, unreadable: [] });
  });

  it("says when the contributions exceed the total, to the centime", () => {
    expect(runningTotal({ totalCost: "100000", indhContribution: "100000,01" }).gapCentimes).toBe(-1n);
    expect(runningTotal({ totalCost: "100000", indhContribution: "60000", beneficiaryContribution: "40000" }).gapCentimes).toBe(0n);
  });

  it("leaves unreadable amounts out and names them; no gap until the total cost is known", () => {
    const total = runningTotal({ totalCost: "", indhContribution: "12abc", "partnerContributions.1.amount": "5000" });
    expect(total).toEqual({ contributionsCentimes: 500_000n, totalCostCentimes: null, gapCentimes: null, unreadable: ["indhContribution"] });
    expect(runningTotal({ totalCost: "lots", indhContribution: "1" }).gapCentimes).toBeNull();
  });
});
