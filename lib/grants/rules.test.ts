import { describe, expect, it } from "vitest";
import { checkGrantAmounts, type GrantAmounts } from "./rules";

// 500,000 MAD = 300,000 INDH + 150,000 beneficiary + 50,000 partner; 2 tranches of 150,000.
const valid: GrantAmounts = {
  totalCostCentimes: 50_000_000n,
  indhContributionCentimes: 30_000_000n,
  beneficiaryContributionCentimes: 15_000_000n,
  partnerContributions: [{ amountCentimes: 5_000_000n }],
  tranches: [{ amountCentimes: 15_000_000n }, { amountCentimes: 15_000_000n }],
};

describe("grant money invariants", () => {
  it("accepts contributions that add up exactly and tranches within the INDH contribution", () => {
    expect(checkGrantAmounts(valid)).toEqual([]);
    expect(checkGrantAmounts({ ...valid, partnerContributions: [], beneficiaryContributionCentimes: 20_000_000n, tranches: [] })).toEqual([]);
  });

  it("refuses a negative amount anywhere, naming the field", () => {
    expect(checkGrantAmounts({ ...valid, tranches: [{ amountCentimes: 1n }, { amountCentimes: -1n }] })).toEqual([
      { field: "tranches.1.amount", code: "negativeAmount" },
    ]);
    expect(checkGrantAmounts({ ...valid, partnerContributions: [{ amountCentimes: -5n }] })).toEqual([
      { field: "partnerContributions.0.amount", code: "negativeAmount" },
    ]);
  });

  it("refuses an INDH contribution larger than the total cost", () => {
    const violations = checkGrantAmounts({ ...valid, indhContributionCentimes: 50_000_001n });
    expect(violations).toContainEqual({ field: "indhContribution", code: "indhExceedsTotalCost" });
  });

  it("refuses contributions that miss the total cost by a single centime", () => {
    expect(checkGrantAmounts({ ...valid, beneficiaryContributionCentimes: 14_999_999n })).toEqual([
      { field: "totalCost", code: "contributionsDoNotAddUp" },
    ]);
  });

  it("refuses tranches that exceed the INDH contribution by a single centime", () => {
    expect(checkGrantAmounts({ ...valid, tranches: [{ amountCentimes: 15_000_000n }, { amountCentimes: 15_000_001n }] })).toEqual([
      { field: "tranches", code: "tranchesExceedIndh" },
    ]);
  });
});
