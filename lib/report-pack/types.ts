// What the committee's report pack shows beside the dashboard's own figures: the tranches to pay, the projects
// in difficulty and the decisions waiting for the committee, as plain rows in the reader's language. Money
// in integer centimes; calendar dates as UTC midnights.
import type { ProjectState } from "@/lib/visits/schema";

/** A list cut at a limit, with the count and amount of every row (shown or not). */
export type ListWithTotals<T> = { rows: T[]; count: number; amountCentimes: bigint };

/**
 * Where a tranche stands before it can be paid: a grant without a convention pays freely (NO_CONVENTION);
 * under a convention it waits for the signature, then for the milestone that releases it.
 */
export type TrancheReadiness = "NO_CONVENTION" | "UNSIGNED" | "NO_MILESTONE" | "MILESTONE_PENDING" | "MILESTONE_REACHED";

export type TrancheDueRow = {
  trancheId: number;
  grantId: number;
  cooperative: string;
  grantTitle: string;
  commune: string;
  position: number;
  plannedOn: Date;
  amountCentimes: bigint;
  /** Days from the planned date to today: positive when overdue, 0 or negative when still to come. */
  daysLate: number;
  readiness: TrancheReadiness;
  /** The releasing milestone's reached date, when it is reached. */
  milestoneReachedOn: Date | null;
};

export type TranchesDue = {
  today: Date;
  /** Tranches planned before this day are listed: the end of the period + 90 days (exclusive). */
  dueBefore: Date;
  /** Planned before today. */
  overdue: ListWithTotals<TrancheDueRow>;
  /** Planned from today to dueBefore. */
  due: ListWithTotals<TrancheDueRow>;
};

export type ProjectAtRiskRow = {
  visitId: number;
  grantId: number;
  cooperative: string;
  grantTitle: string;
  commune: string;
  indhContributionCentimes: bigint;
  state: ProjectState;
  visitedOn: Date;
  daysSinceVisit: number;
  visitors: string;
  findings: string;
  /** Jobs counted at that visit (null: not measured there) and at the baseline (null: no baseline). */
  jobs: number | null;
  baselineJobs: number | null;
};

export type AgendaItemToDecide = {
  itemId: number;
  sessionId: number;
  sessionHeldOn: Date;
  sessionPlace: string;
  rank: number;
  scoreAtAgenda: number | null;
  receiptCode: string;
  applicant: string;
  projectTitle: string;
  commune: string;
  callReference: string;
  requestedCentimes: bigint;
  totalCostCentimes: bigint;
};

export type UnsignedGrantRow = {
  grantId: number;
  cooperative: string;
  grantTitle: string;
  commune: string;
  approvedOn: Date;
  indhContributionCentimes: bigint;
  totalCostCentimes: bigint;
  /** The convention drafted but not signed, or null when none is drafted yet. */
  conventionReference: string | null;
  /** Approved by a committee session of the funding cycle (it has an application). */
  fromApplication: boolean;
};

export type DecisionsToTake = {
  /** Applications on the agenda of a planned session, not decided yet; amount = INDH amount requested. */
  agenda: ListWithTotals<AgendaItemToDecide> & { totalCostCentimes: bigint };
  /** Grants with status APPROVED whose convention is not signed (or not drafted); amount = INDH contribution. */
  unsigned: ListWithTotals<UnsignedGrantRow> & { totalCostCentimes: bigint };
};
