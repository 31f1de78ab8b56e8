// What the committee's pages show, as plain rows in the reader's language.

export type SessionListRow = {
  id: number;
  heldOn: Date;
  place: string;
  status: string;
  items: number;
  decided: number;
  approved: number;
  approvedCentimes: bigint;
};

type ApplicationNames = {
  applicationId: number;
  receiptCode: string;
  applicantName: string;
  commune: string;
  callId: number;
  callReference: string;
  callTitle: string;
  projectTitle: string;
  requestedCentimes: bigint;
};

export type AgendaRow = ApplicationNames & {
  id: number;
  sessionId: number;
  rank: number;
  scoreAtAgenda: number | null;
  decision: string | null;
  approvedAmountCentimes: bigint | null;
  reason: string | null;
  decidedAt: Date | null;
  applicationStatus: string;
  grantId: number | null;
  totalCostCentimes: bigint;
  partnersCentimes: bigint;
  partnersDescription: string;
};

export type CandidateRow = ApplicationNames & { status: string; score: number | null };
