// Eligibility rules of an axis (data per axis; null = the axis has no such rule). Breaking one does not
// block a save: it is a warning a staff member must acknowledge, recorded with who and when.
//
// "More than 30% of members women or young people" is read as: women/members > 30% OR young/members > 30%.
// Women and young members overlap (a young woman counts in both), so their sum cannot be used; the
// warning reports the larger of the two shares.
import { UnacknowledgedWarningsError } from "@/lib/actions/errors";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locales";

export type EligibilityRules = {
  maxIndhSharePercent: number | null;
  maxIndhContributionCentimes: bigint | null;
  minWomenOrYouthMembersPercent: number | null;
};

export type EligibilityFacts = {
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  members: number;
  womenMembers: number;
  youngMembers: number;
};

/** Shares are in tenths of a percent (667 = 66.7 %), computed exactly in bigint. */
export type EligibilityWarning =
  | { code: "indhShareAboveMax"; shareTenths: number; max: number }
  | { code: "indhContributionAboveMax"; amountCentimes: bigint; maxCentimes: bigint }
  | { code: "womenOrYouthBelowMin"; shareTenths: number; min: number };

export type WarningCode = EligibilityWarning["code"];

// Rounded up above a maximum and down below a minimum, so the shown share never contradicts the
// message (a share of 60.0001 % above a 60 % cap reads "60,1", not "60").
const tenthsUp = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number((part * 1000n + whole - 1n) / whole));
const tenthsDown = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number((part * 1000n) / whole));

export function checkEligibility(rules: EligibilityRules | null, facts: EligibilityFacts): EligibilityWarning[] {
  if (!rules) return [];
  const warnings: EligibilityWarning[] = [];
  const max = rules.maxIndhSharePercent;
  // part/whole > max% compared as part*100 > max*whole: no rounding can hide a centime over the cap.
  if (max !== null && facts.totalCostCentimes > 0n && facts.indhContributionCentimes * 100n > BigInt(max) * facts.totalCostCentimes) {
    warnings.push({ code: "indhShareAboveMax", shareTenths: tenthsUp(facts.indhContributionCentimes, facts.totalCostCentimes), max });
  }
  const cap = rules.maxIndhContributionCentimes;
  if (cap !== null && facts.indhContributionCentimes > cap) {
    warnings.push({ code: "indhContributionAboveMax", amountCentimes: facts.indhContributionCentimes, maxCentimes: cap });
  }
  const min = rules.minWomenOrYouthMembersPercent;
  if (min !== null) {
    const best = Math.max(facts.womenMembers, facts.youngMembers);
    // A cooperative without members cannot have more than min% of anyone.
    if (facts.members <= 0 || best * 100 <= min * facts.members) {
      warnings.push({ code: "womenOrYouthBelowMin", shareTenths: tenthsDown(BigInt(best), BigInt(Math.max(facts.members, 0))), min });
    }
  }
  return warnings;
}

/** True when the user acknowledged exactly the warnings found, no fewer and no others. */
export function isAcknowledged(warnings: EligibilityWarning[], acknowledged: string[] | undefined): boolean {
  const expected = new Set(warnings.map((w) => w.code));
  const given = new Set(acknowledged ?? []);
  return expected.size === given.size && [...expected].every((code) => given.has(code));
}

/** The params of the Validation.warnings.* messages, formatted for the reader. */
export function warningParams(warning: EligibilityWarning, locale: AppLocale): Record<string, string> {
  const percent = (t: number) => formatCount(t / 10, locale);
  switch (warning.code) {
    case "indhShareAboveMax":
      return { share: percent(warning.shareTenths), max: formatCount(warning.max, locale) };
    case "indhContributionAboveMax":
      return { amount: formatMoney(warning.amountCentimes, locale), max: formatMoney(warning.maxCentimes, locale) };
    case "womenOrYouthBelowMin":
      return { share: percent(warning.shareTenths), min: formatCount(warning.min, locale) };
  }
}

/** Thrown by the grant mutations; keeps the raw values so the action can format them in the user's locale. */
export class GrantWarningsError extends UnacknowledgedWarningsError {
  constructor(readonly eligibility: EligibilityWarning[]) {
    super(eligibility.map((w) => ({ code: w.code, params: warningParams(w, "fr") })));
  }
}

/** Runs a grant mutation and re-throws its warnings with params in the reader's locale. */
export async function withLocalizedWarnings<R>(locale: AppLocale, run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GrantWarningsError) {
      throw new UnacknowledgedWarningsError(error.eligibility.map((w) => ({ code: w.code, params: warningParams(w, locale) })));
    }
    throw error;
  }
}
