// Invariants of a grant's money, enforced before every write (forms, imports, seed) and by tests.
// Amounts are integer centimes; the rules never round.

export type GrantAmounts = {
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partnerContributions: { amountCentimes: bigint }[];
  tranches: { amountCentimes: bigint }[];
};

export type GrantRuleCode =
  | "negativeAmount"
  | "indhExceedsTotalCost"
  | "contributionsDoNotAddUp"
  | "tranchesExceedIndh";

/** `field` is the form field the message belongs next to, e.g. "tranches.1.amount". */
export type GrantRuleViolation = { field: string; code: GrantRuleCode };

export function sumCentimes(amounts: { amountCentimes: bigint }[]): bigint {
  return amounts.reduce((total, item) => total + item.amountCentimes, 0n);
}

/**
 * What the contributions (INDH, beneficiary, partners) leave to allocate against the total cost: positive
 * when some is still missing, negative when they exceed it, zero when they add up.
 */
export function contributionGap(grant: Omit<GrantAmounts, "tranches">): bigint {
  const contributions = grant.indhContributionCentimes + grant.beneficiaryContributionCentimes + sumCentimes(grant.partnerContributions);
  return grant.totalCostCentimes - contributions;
}

export function checkGrantAmounts(grant: GrantAmounts): GrantRuleViolation[] {
  const violations: GrantRuleViolation[] = [];
  const negative = (field: string, value: bigint) => {
    if (value < 0n) violations.push({ field, code: "negativeAmount" });
  };
  negative("totalCost", grant.totalCostCentimes);
  negative("indhContribution", grant.indhContributionCentimes);
  negative("beneficiaryContribution", grant.beneficiaryContributionCentimes);
  grant.partnerContributions.forEach((p, i) => negative(`partnerContributions.${i}.amount`, p.amountCentimes));
  grant.tranches.forEach((t, i) => negative(`tranches.${i}.amount`, t.amountCentimes));
  // The sums below mean nothing once an amount is negative: report the sign first.
  if (violations.length > 0) return violations;

  if (grant.indhContributionCentimes > grant.totalCostCentimes) {
    violations.push({ field: "indhContribution", code: "indhExceedsTotalCost" });
  }
  if (contributionGap(grant) !== 0n) {
    violations.push({ field: "totalCost", code: "contributionsDoNotAddUp" });
  }
  if (sumCentimes(grant.tranches) > grant.indhContributionCentimes) {
    violations.push({ field: "tranches", code: "tranchesExceedIndh" });
  }
  return violations;
}

export const GRANT_STATUSES = ["APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
