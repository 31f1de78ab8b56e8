import { describe, expect, it } from "vitest";
import { eligibilityRules } from "./eligibility-rules";

describe("eligibilityRules", () => {
  it("turns each threshold of each axis into a sentence with formatted values; no threshold, no rule", () => {
    const rules = eligibilityRules(
      [
        { name: "ESS", maxIndhSharePercent: 70, maxIndhContributionCentimes: 30_000_000n, minWomenOrYouthMembersPercent: 30 },
        { name: "Sans seuil", maxIndhSharePercent: null, maxIndhContributionCentimes: null, minWomenOrYouthMembersPercent: null },
      ],
      "fr",
    );
    expect(rules[0]!.rules.map((r) => r.key)).toEqual(["maxIndhShare", "maxIndhContribution", "minWomenOrYouth"]);
    expect(rules[0]!.rules[0]!.params.max).toBe("70");
    expect(rules[0]!.rules[1]!.params.max).toMatch(/^300\.000,00\sMAD$/);
    expect(rules[1]).toEqual({ axis: "Sans seuil", rules: [] });
  });
});
