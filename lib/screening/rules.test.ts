import { describe, expect, it } from "vitest";
import { evaluateEligibility, parseEligibilityResults } from "./rules";

const axis = { maxIndhSharePercent: 60, maxIndhContributionCentimes: 30_000_000n, minWomenOrYouthMembersPercent: 30 };
const facts = { totalCostCentimes: 40_000_000n, indhContributionCentimes: 24_000_000n, members: 10, womenMembers: 6, youngMembers: 2 };
const documents = [
  { id: 1, labelAr: "طلب", labelFr: "Lettre", present: true },
  { id: 2, labelAr: "بطاقة", labelFr: "Fiche", present: false },
];

describe("evaluateEligibility", () => {
  it("passes every threshold met exactly and fails a missing document", () => {
    const results = evaluateEligibility(axis, facts, documents);
    expect(results.map((r) => [r.code, r.passed])).toEqual([
      ["womenOrYouthShare", true], ["indhShareCeiling", true], ["indhAmountCeiling", true], ["requiredDocument", true], ["requiredDocument", false],
    ]);
    expect(results[1]!.detail).toEqual({ max: 60, shareTenths: 600 });
    expect(results[4]!.detail).toEqual({ documentId: 2, labelAr: "بطاقة", labelFr: "Fiche" });
  });

  it("fails a centime over the share and amount ceilings, and a share of exactly the minimum", () => {
    const over = evaluateEligibility(axis, { ...facts, totalCostCentimes: 50_000_001n, indhContributionCentimes: 30_000_001n, womenMembers: 3, youngMembers: 3 }, []);
    expect(over.map((r) => [r.code, r.passed])).toEqual([["womenOrYouthShare", false], ["indhShareCeiling", false], ["indhAmountCeiling", false]]);
    // 30,000,001 / 50,000,001 is a hair above 60 %: shown rounded up, so it never reads "60.0" next to a failure.
    expect(over[1]!.detail.shareTenths).toBe(601);
    expect(over[2]!.detail).toEqual({ amountCentimes: "30000001", maxCentimes: "30000000" });
  });

  it("leaves out the rules an axis does not have", () => {
    const results = evaluateEligibility({ maxIndhSharePercent: null, maxIndhContributionCentimes: null, minWomenOrYouthMembersPercent: 30 }, facts, []);
    expect(results.map((r) => r.code)).toEqual(["womenOrYouthShare"]);
    expect(evaluateEligibility(null, facts, documents).map((r) => r.code)).toEqual(["requiredDocument", "requiredDocument"]);
  });

  it("fails the women-or-young rule for a cooperative without members", () => {
    const [rule] = evaluateEligibility(axis, { ...facts, members: 0, womenMembers: 0, youngMembers: 0 }, []);
    expect(rule).toMatchObject({ code: "womenOrYouthShare", passed: false, detail: { shareTenths: 0 } });
  });
});

describe("parseEligibilityResults", () => {
  it("reads back what was stored and drops what it does not know", () => {
    const stored = JSON.stringify([...evaluateEligibility(axis, facts, documents), { code: "other", passed: true, detail: {} }, 3]);
    expect(parseEligibilityResults(stored)).toHaveLength(5);
    expect(parseEligibilityResults("{not json")).toEqual([]);
    expect(parseEligibilityResults(null)).toEqual([]);
    expect(parseEligibilityResults('{"code":"requiredDocument"}')).toEqual([]);
  });
});
