// The grant an approval creates, computed from the application as submitted: nothing is typed again.
// Pure, so the arithmetic is unit-tested to the centime.
import type { Violation } from "@/lib/domain-error";

export type ApplicationAmounts = {
  totalCostCentimes: bigint;
  requestedIndhCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partnersContributionCentimes: bigint;
};

export type ApprovedSplit = {
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partnersContributionCentimes: bigint;
  /** How much less than requested the committee approved (0 when it approved the request in full). */
  reductionCentimes: bigint;
};

/** The approved amount must be more than zero and at most what was requested: the committee funds, it never tops up. */
export function approvedAmountViolations(approvedCentimes: bigint, requestedCentimes: bigint): Violation[] {
  if (approvedCentimes <= 0n) return [{ field: "approvedAmount", code: "committee.amountNotPositive" }];
  if (approvedCentimes > requestedCentimes) return [{ field: "approvedAmount", code: "committee.amountAboveRequested" }];
  return [];
}

/**
 * The grant's split. The beneficiary and the partners keep the contributions they committed to; when the
 * committee approves less than requested, the project shrinks by the difference (the total cost falls by
 * exactly the reduction), so the contributions still add up to the total. Asking the beneficiary to find
 * the missing money instead would be a decision the committee did not take.
 */
export function approvedSplit(application: ApplicationAmounts, approvedCentimes: bigint): ApprovedSplit {
  const reductionCentimes = application.requestedIndhCentimes - approvedCentimes;
  return {
    totalCostCentimes: application.totalCostCentimes - reductionCentimes,
    indhContributionCentimes: approvedCentimes,
    beneficiaryContributionCentimes: application.beneficiaryContributionCentimes,
    partnersContributionCentimes: application.partnersContributionCentimes,
    reductionCentimes,
  };
}

export type PlannedTranche = { plannedOn: Date; amountCentimes: bigint; paidOn: null };

/** Share of the INDH contribution paid as the first tranche, in percent; the second tranche is the rest. */
export const FIRST_TRANCHE_PERCENT = 60n;

/**
 * The tranche plan an approval starts with, so the convention has tranches to tie to its milestones without
 * anyone typing them: 60 % one month after the decision (the convention signed and the project started),
 * the rest seven months after it (mid-course). The first tranche is rounded down to whole dirhams and the
 * second takes what remains, so the two add up to the approved amount to the centime. Staff change the
 * plan on the grant's form before the convention is prepared, as with any grant.
 */
export function standardTranchePlan(approvedCentimes: bigint, decidedOn: Date): PlannedTranche[] {
  const first = ((approvedCentimes * FIRST_TRANCHE_PERCENT) / 100n / 100n) * 100n;
  const monthsAfter = (months: number) => {
    const date = new Date(decidedOn);
    date.setUTCMonth(date.getUTCMonth() + months);
    return date;
  };
  if (first === 0n) return [{ plannedOn: monthsAfter(1), amountCentimes: approvedCentimes, paidOn: null }];
  return [
    { plannedOn: monthsAfter(1), amountCentimes: first, paidOn: null },
    { plannedOn: monthsAfter(7), amountCentimes: approvedCentimes - first, paidOn: null },
  ];
}
