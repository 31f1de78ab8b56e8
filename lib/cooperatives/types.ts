import type { Zone } from "@/lib/cooperatives/schema";

/** The columns a cooperative list can be sorted by (URL `sort`). */
export const COOPERATIVE_SORTS = ["name", "registerNumber", "commune", "members", "createdAt"] as const;
export type CooperativeSort = (typeof COOPERATIVE_SORTS)[number];

/** The URL filters of the cooperative list. */
export const COOPERATIVE_FILTERS = ["commune", "zone", "sector", "programme", "status", "year"] as const;

export type CooperativeListItem = {
  id: number;
  registerNumber: string;
  name: string;
  communeName: string;
  zone: Zone;
  sectorName: string;
  members: number;
  womenMembers: number;
  youngMembers: number;
  grantCount: number;
  isDemo: boolean;
  createdAt: Date;
};

export type CooperativeGrantRow = {
  id: number;
  title: string;
  programmeName: string;
  status: string;
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
};

export type CooperativeDetail = {
  id: number;
  version: number;
  /** Has a public page (/cooperatives/<id>). */
  isPublic: boolean;
  registerNumber: string;
  nameAr: string;
  nameFr: string;
  sectorName: string;
  communeName: string;
  zone: Zone;
  placeName: string | null;
  foundedOn: Date | null;
  members: number;
  womenMembers: number;
  youngMembers: number;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  grants: CooperativeGrantRow[];
};

export type Option = { value: number; label: string };

/** What the create/edit form offers in its selects, already in the reader's language. */
export type CooperativeFormOptions = { sectors: Option[]; communes: Option[]; places: Option[] };

/** What the list's filter form offers. */
export type CooperativeFilterOptions = { sectors: Option[]; communes: Option[]; programmes: Option[]; years: number[] };
