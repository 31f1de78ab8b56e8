import type { GrantStatus } from "@/lib/grants/rules";

/** A grant as the domain receives it once parsed: amounts in integer centimes, dates as UTC midnight. */
export type GrantInput = {
  cooperativeId: number;
  programmeId: number;
  axisId: number | null;
  titleAr: string;
  titleFr: string;
  approvedOn: Date;
  status: GrantStatus;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partnerContributions: { organisationId: number; amountCentimes: bigint }[];
  tranches: { plannedOn: Date; amountCentimes: bigint; paidOn: Date | null }[];
  isDemo?: boolean;
};
