import { describe, expect, it } from "vitest";
import { checkEligibility, isAcknowledged, warningParams, type EligibilityFacts, type EligibilityRules } from "./eligibility";

// The social and solidarity economy axis: INDH at most 60 % and 300,000 MAD; more than 30 % women or young.
const sse: EligibilityRules = { maxIndhSharePercent: 60, maxIndhContributionCentimes: 30_000_000n, minWomenOrYouthMembersPercent: 30 };
const ok: EligibilityFacts = { totalCostCentimes: 50_000_000n, indhContributionCentimes: 30_000_000n, members: 10, womenMembers: 4, youngMembers: 1 };
const codes = (rules: EligibilityRules | null, facts: EligibilityFacts) => checkEligibility(rules, facts).map((w) => w.code);

describe("eligibility warnings from the axis thresholds", () => {
  it("accepts a grant exactly at every threshold", () => {
    expect(checkEligibility(sse, ok)).toEqual([]);
  });

  it("warns when the INDH share passes the cap by one centime", () => {
    expect(checkEligibility(sse, { ...ok, totalCostCentimes: 40_000_000n, indhContributionCentimes: 24_000_000n })).toEqual([]);
    const warnings = checkEligibility(sse, { ...ok, totalCostCentimes: 40_000_000n, indhContributionCentimes: 24_000_001n });
    expect(warnings).toEqual([{ code: "indhShareAboveMax", shareTenths: 601, max: 60 }]);
    expect(checkEligibility(sse, { ...ok, totalCostCentimes: 45_000_000n })).toEqual([{ code: "indhShareAboveMax", shareTenths: 667, max: 60 }]);
  });

  it("warns when the INDH contribution passes its amount cap", () => {
    expect(checkEligibility(sse, { ...ok, totalCostCentimes: 60_000_000n, indhContributionCentimes: 30_000_001n })).toEqual([
      { code: "indhContributionAboveMax", amountCentimes: 30_000_001n, maxCentimes: 30_000_000n },
    ]);
  });

  it("needs more than the minimum share of women OR of young members (not their sum)", () => {
    expect(codes(sse, { ...ok, womenMembers: 3, youngMembers: 3 })).toEqual(["womenOrYouthBelowMin"]);
    expect(checkEligibility(sse, { ...ok, womenMembers: 2, youngMembers: 3 })).toEqual([{ code: "womenOrYouthBelowMin", shareTenths: 300, min: 30 }]);
    expect(codes(sse, { ...ok, womenMembers: 0, youngMembers: 4 })).toEqual([]);
    expect(codes(sse, { ...ok, members: 0, womenMembers: 0, youngMembers: 0 })).toEqual(["womenOrYouthBelowMin"]);
  });

  it("applies no rule where the axis has none (null) or there is no axis", () => {
    const bad = { ...ok, totalCostCentimes: 90_000_000n, indhContributionCentimes: 90_000_000n, womenMembers: 0, youngMembers: 0 };
    expect(codes(sse, bad)).toEqual(["indhShareAboveMax", "indhContributionAboveMax", "womenOrYouthBelowMin"]);
    expect(codes({ maxIndhSharePercent: null, maxIndhContributionCentimes: null, minWomenOrYouthMembersPercent: null }, bad)).toEqual([]);
    expect(codes(null, bad)).toEqual([]);
  });

  it("uses another axis's own thresholds", () => {
    const other: EligibilityRules = { maxIndhSharePercent: 80, maxIndhContributionCentimes: null, minWomenOrYouthMembersPercent: 50 };
    expect(codes(other, { ...ok, totalCostCentimes: 40_000_000n, indhContributionCentimes: 32_000_000n, womenMembers: 6 })).toEqual([]);
    expect(codes(other, { ...ok, totalCostCentimes: 40_000_000n, indhContributionCentimes: 32_000_001n, womenMembers: 5 })).toEqual([
      "indhShareAboveMax",
      "womenOrYouthBelowMin",
    ]);
  });

  it("counts as acknowledged only exactly the codes found, in any order", () => {
    const warnings = checkEligibility(sse, { ...ok, totalCostCentimes: 45_000_000n, womenMembers: 0, youngMembers: 0 });
    expect(isAcknowledged(warnings, ["womenOrYouthBelowMin", "indhShareAboveMax"])).toBe(true);
    expect(isAcknowledged(warnings, ["indhShareAboveMax"])).toBe(false);
    expect(isAcknowledged(warnings, ["indhShareAboveMax", "womenOrYouthBelowMin", "indhContributionAboveMax"])).toBe(false);
    expect(isAcknowledged(warnings, undefined)).toBe(false);
  });

  it("formats the message params in the reader's locale", () => {
    expect(warningParams({ code: "indhShareAboveMax", shareTenths: 667, max: 60 }, "fr")).toEqual({ share: "66,7", max: "60" });
    const money = warningParams({ code: "indhContributionAboveMax", amountCentimes: 40_000_000n, maxCentimes: 30_000_000n }, "fr");
    expect(money.amount).toMatch(/^400\.000,00\sMAD$/);
    expect(money.max).toMatch(/^300\.000,00\sMAD$/);
  });
});
