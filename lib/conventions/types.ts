/** A milestone as the convention page shows it, with the tranche it releases. */
export type MilestoneView = {
  id: number;
  position: number;
  label: string;
  dueOn: Date;
  reachedOn: Date | null;
  tranche: { position: number; amountCentimes: bigint; paidOn: Date | null } | null;
};

/** Everything the convention page and its print need, in the reader's language. */
export type ConventionView = {
  id: number;
  version: number;
  reference: string;
  obligations: string;
  results: string;
  signedOn: Date | null;
  createdAt: Date;
  milestones: MilestoneView[];
  grant: {
    id: number;
    version: number;
    title: string;
    approvedOn: Date;
    /** Its names carry its kind ("Préfecture de Tanger-Assilah"); both are printed in the letterhead. */
    prefecture: { name: string; nameAr: string; nameFr: string };
    cooperative: { name: string; registerNumber: string; commune: string };
    totalCostCentimes: bigint;
    indhContributionCentimes: bigint;
    beneficiaryContributionCentimes: bigint;
    partners: { name: string; amountCentimes: bigint }[];
    tranches: { position: number; plannedOn: Date; amountCentimes: bigint; paidOn: Date | null }[];
  };
};

/** The grant page's summary of its convention, or of the absence of one. */
export type ConventionSummary = { reference: string; signedOn: Date | null; milestones: number; reached: number };

/** A tranche the edit form offers to a milestone. */
export type TrancheOption = { id: number; position: number; amountCentimes: bigint; plannedOn: Date };
