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
  /** Eligibility warning codes the user ticked as read (the form's acknowledgeWarnings checkbox). */
  acknowledgedWarnings?: string[];
  isDemo?: boolean;
};

/** An update also carries the version the form was opened at (optimistic concurrency). */
export type GrantUpdateInput = GrantInput & { version: number };

export type GrantDeleteInput = { reason: string; version: number };

/** A grant as stored, with its rows: what audit snapshots and conflict tables are made of. */
export type StoredGrant = {
  id: number;
  prefectureId: number;
  cooperativeId: number;
  programmeId: number;
  axisId: number | null;
  titleAr: string;
  titleFr: string;
  approvedOn: Date;
  status: string;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  acknowledgedWarnings: string | null;
  acknowledgedById: number | null;
  acknowledgedAt: Date | null;
  isDemo: boolean;
  version: number;
  partnerContributions: { organisationId: number; amountCentimes: bigint }[];
  tranches: { position: number; plannedOn: Date; amountCentimes: bigint; paidOn: Date | null }[];
};

/** One row of the workspace list, in the reader's language. */
export type GrantListItem = {
  id: number;
  title: string;
  cooperativeName: string;
  programmeLabel: string;
  approvedOn: Date;
  status: string;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  isDemo: boolean;
};

export type Option = { value: number; label: string };

/** The choices of the list filters and of the grant form, all within the user's prefecture. */
export type GrantFilterOptions = { communes: Option[]; programmes: Option[]; phases: Option[]; axes: Option[]; years: number[] };
/** An axis of the grant form: `label` names its programme too, `name` is the axis alone. */
export type AxisOption = Option & { programmeId: number; name: string };
export type GrantFormOptions = { cooperatives: Option[]; programmes: Option[]; axes: AxisOption[]; organisations: Option[] };

export type GrantDetail = {
  id: number;
  version: number;
  isDemo: boolean;
  cooperative: { id: number; name: string };
  programme: string;
  phase: string;
  axis: string | null;
  titleAr: string;
  titleFr: string;
  approvedOn: Date;
  status: string;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partners: { name: string; amountCentimes: bigint }[];
  tranches: { position: number; plannedOn: Date; amountCentimes: bigint; paidOn: Date | null }[];
  acknowledgement: { codes: string[]; by: string | null; at: Date | null } | null;
};
