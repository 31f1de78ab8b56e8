// The eligibility rules of a call, read from its axes' thresholds (the same Axis columns lib/grants/
// eligibility.ts checks grants against), as message keys and parameters the pages turn into sentences.
import { formatCount, formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locales";

export type AxisThresholds = {
  name: string;
  maxIndhSharePercent: number | null;
  maxIndhContributionCentimes: bigint | null;
  minWomenOrYouthMembersPercent: number | null;
};

/** Keys of Calls.rules; params already formatted for the reader. */
export type RuleSentence = { key: "maxIndhShare" | "maxIndhContribution" | "minWomenOrYouth"; params: Record<string, string> };

export type AxisRules = { axis: string; rules: RuleSentence[] };

/** One entry per axis; an axis without thresholds has no rules (the page says so). */
export function eligibilityRules(axes: AxisThresholds[], locale: AppLocale): AxisRules[] {
  return axes.map((axis) => {
    const rules: RuleSentence[] = [];
    if (axis.maxIndhSharePercent !== null) rules.push({ key: "maxIndhShare", params: { max: formatCount(axis.maxIndhSharePercent, locale) } });
    if (axis.maxIndhContributionCentimes !== null) rules.push({ key: "maxIndhContribution", params: { max: formatMoney(axis.maxIndhContributionCentimes, locale) } });
    // "More than min %" of women or of young members, as lib/grants/eligibility.ts reads the rule.
    if (axis.minWomenOrYouthMembersPercent !== null) rules.push({ key: "minWomenOrYouth", params: { min: formatCount(axis.minWomenOrYouthMembersPercent, locale) } });
    return { axis: axis.name, rules };
  });
}
