import type { ProjectState } from "@/lib/visits/schema";

/** One group of the list: the most urgent items (at most ATTENTION_LIMIT) and how many there are in all. */
export type AttentionGroup<T> = { items: T[]; total: number };

/** A tranche whose planned date has passed without a payment. */
export type OverdueTranche = {
  trancheId: number; grantId: number; href: string; grantTitle: string; cooperative: string;
  position: number; amountCentimes: bigint; plannedOn: Date; daysOverdue: number;
};

/** A signed convention whose project nobody has visited for six months (or ever, since a signature that old). */
export type UnvisitedConvention = {
  grantId: number; href: string; grantTitle: string; cooperative: string; reference: string;
  signedOn: Date; lastVisitOn: Date | null;
};

/** A project whose latest visit found it at risk or stalled. */
export type ProjectAtRisk = {
  visitId: number; grantId: number; href: string; grantTitle: string; cooperative: string;
  state: ProjectState; visitedOn: Date;
};

/** A published call open now whose closing day is near. */
export type ClosingCall = {
  callId: number; href: string; title: string; reference: string;
  closesAt: Date; /** The closing day in Morocco. */ closesOn: Date; daysLeft: number;
};

/** The groups read from the records alone (not from the clock's instant). */
export type RecordsNeedingAttention = {
  overdueTranches: AttentionGroup<OverdueTranche>;
  unvisitedConventions: AttentionGroup<UnvisitedConvention>;
  projectsAtRisk: AttentionGroup<ProjectAtRisk>;
};

export type NeedsAttention = RecordsNeedingAttention & { closingCalls: AttentionGroup<ClosingCall> };
