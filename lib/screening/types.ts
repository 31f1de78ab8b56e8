import type { EligibilityResult } from "@/lib/screening/rules";

export type ApplicationStatus = "RECEIVED" | "ELIGIBLE" | "INELIGIBLE" | "APPROVED" | "DEFERRED" | "REJECTED" | "WITHDRAWN";
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ["RECEIVED", "ELIGIBLE", "INELIGIBLE", "APPROVED", "DEFERRED", "REJECTED", "WITHDRAWN"];
export const APPLICATION_CHANNELS = ["ONLINE", "PAPER"] as const;

export type Option = { value: number | string; label: string };

export type ApplicationListRow = {
  id: number; receiptCode: string; cooperativeName: string; registerNumber: string; callTitle: string; channel: string;
  requestedIndhCentimes: bigint; submittedAt: Date; status: string; averageScore: number | null;
};

export type ApplicationDocumentRow = { id: number; requiredDocumentId: number | null; label: string | null; fileName: string; mediaType: string; sizeBytes: number };

export type ChecklistLine = { documentId: number; position: number; label: string; attached: boolean; isValid: boolean | null; note: string | null };

export type CommitteeDecisionView = { heldOn: Date; decision: string | null; approvedAmountCentimes: bigint | null; reason: string | null; rank: number; scoreAtAgenda: number | null };

export type ApplicationDetail = {
  id: number; version: number; receiptCode: string; channel: string; language: string; status: string; submittedAt: Date;
  /** Set once the retention period ran out (lib/applications/retention.ts): contact and documents are gone. */
  personalDataErasedAt: Date | null;
  call: { id: number; title: string; reference: string };
  axisName: string | null;
  applicant: {
    registerNumber: string; nameAr: string; nameFr: string; commune: string; sector: string; cooperativeId: number | null;
    members: number; womenMembers: number; youngMembers: number; contactName: string; contactPhone: string; contactEmail: string | null;
  };
  project: { title: string; description: string };
  money: { totalCostCentimes: bigint; requestedIndhCentimes: bigint; beneficiaryContributionCentimes: bigint; partnersContributionCentimes: bigint; partnersDescription: string };
  documents: ApplicationDocumentRow[];
  screening: {
    rules: EligibilityResult[]; rulesAreStored: boolean; reason: string | null; screenedAt: Date | null; screenedBy: string | null;
    checklist: ChecklistLine[];
    /** False once the application is on a committee agenda or decided: the panel is then read only. */
    open: boolean;
  };
  committee: CommitteeDecisionView[];
};
