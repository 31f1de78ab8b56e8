// The eligibility rules of an application, evaluated from its call's axis thresholds (the same rules and
// the same exact arithmetic as a grant's warnings, lib/grants/eligibility.ts) and from the documents the
// call requires. Each result is stored as JSON on the application at screening time, so the screening
// decision can always be read against the rules as they stood when it was taken.
import { checkEligibility, type EligibilityFacts, type EligibilityRules, type WarningCode } from "@/lib/grants/eligibility";

export type EligibilityRuleCode = "womenOrYouthShare" | "indhShareCeiling" | "indhAmountCeiling" | "requiredDocument";

/**
 * `detail` keeps raw values only (numbers, centimes as decimal strings, both labels), never a sentence:
 * the page words it in the reader's language. Shares are tenths of a percent.
 */
export type EligibilityResult = { code: EligibilityRuleCode; passed: boolean; detail: Record<string, string | number> };

export type RequiredDocumentFact = { id: number; labelAr: string; labelFr: string; present: boolean };

const WARNING_OF: Record<Exclude<EligibilityRuleCode, "requiredDocument">, WarningCode> = {
  womenOrYouthShare: "womenOrYouthBelowMin",
  indhShareCeiling: "indhShareAboveMax",
  indhAmountCeiling: "indhContributionAboveMax",
};

// Shown shares round the same way as the grant warnings: down for a minimum, up for a maximum.
const tenths = (part: bigint, whole: bigint, up: boolean) => (whole <= 0n ? 0 : Number((part * 1000n + (up ? whole - 1n : 0n)) / whole));

export function evaluateEligibility(rules: EligibilityRules | null, facts: EligibilityFacts, documents: RequiredDocumentFact[]): EligibilityResult[] {
  const failed = new Set(checkEligibility(rules, facts).map((w) => w.code));
  const passed = (code: keyof typeof WARNING_OF) => !failed.has(WARNING_OF[code]);
  const results: EligibilityResult[] = [];
  if (rules?.minWomenOrYouthMembersPercent != null) {
    const best = Math.max(facts.womenMembers, facts.youngMembers);
    results.push({
      code: "womenOrYouthShare",
      passed: passed("womenOrYouthShare"),
      detail: { min: rules.minWomenOrYouthMembersPercent, members: facts.members, women: facts.womenMembers, young: facts.youngMembers, shareTenths: tenths(BigInt(best), BigInt(Math.max(facts.members, 0)), false) },
    });
  }
  if (rules?.maxIndhSharePercent != null) {
    results.push({
      code: "indhShareCeiling",
      passed: passed("indhShareCeiling"),
      detail: { max: rules.maxIndhSharePercent, shareTenths: tenths(facts.indhContributionCentimes, facts.totalCostCentimes, true) },
    });
  }
  if (rules?.maxIndhContributionCentimes != null) {
    results.push({
      code: "indhAmountCeiling",
      passed: passed("indhAmountCeiling"),
      detail: { amountCentimes: facts.indhContributionCentimes.toString(), maxCentimes: rules.maxIndhContributionCentimes.toString() },
    });
  }
  for (const document of documents) {
    results.push({ code: "requiredDocument", passed: document.present, detail: { documentId: document.id, labelAr: document.labelAr, labelFr: document.labelFr } });
  }
  return results;
}

const CODES = new Set<string>(["womenOrYouthShare", "indhShareCeiling", "indhAmountCeiling", "requiredDocument"]);

/** The stored JSON read back; anything that is not a list of results (hand-edited, older shape) reads as none. */
export function parseEligibilityResults(json: string | null): EligibilityResult[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (r): r is EligibilityResult =>
        typeof r === "object" && r !== null && CODES.has((r as EligibilityResult).code) && typeof (r as EligibilityResult).passed === "boolean" && typeof (r as EligibilityResult).detail === "object",
    );
  } catch {
    return [];
  }
}
