/** A choice of a select (the shape components/forms/select-field.tsx takes). */
export type ChoiceOption = { value: number; label: string };

export type CallState = "notYetOpen" | "open" | "closed";

/** A call as its application form needs it, in the reader's language. */
export type ApplicationFormCall = {
  id: number;
  slug: string;
  prefectureId: number;
  title: string;
  prefectureName: string;
  opensAt: Date;
  closesAt: Date;
  state: CallState;
  axes: ChoiceOption[];
  documents: { id: number; label: string }[];
  communes: ChoiceOption[];
  sectors: ChoiceOption[];
};

/** The applicant's own view of their application (no staff notes, reasons or scores). */
export type ApplicationFollowUp = {
  receiptCode: string;
  status: string;
  submittedAt: Date;
  screenedAt: Date | null;
  decidedAt: Date | null;
  cooperativeName: string;
  projectTitle: string;
  requestedIndhCentimes: bigint;
  callTitle: string;
  callSlug: string;
  fileNames: string[];
  /** Set once the retention period ran out: the documents are gone (lib/applications/retention.ts). */
  personalDataErasedAt: Date | null;
  reviewed: boolean;
};

/** Who records an application: the public form (the applicant's language) or staff from a paper file. */
export type SubmissionContext =
  | { channel: "ONLINE"; language: "ar" | "fr" }
  | { channel: "PAPER"; language: "ar" | "fr"; recordedBy: { id: number; email: string }; receivedOn?: Date };

export type SubmittedApplication = { id: number; receiptCode: string; accessToken: string; callSlug: string };
