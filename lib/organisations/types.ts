import type { Zone } from "@/lib/cooperatives/schema";

export const ORGANISATION_SORTS = ["name", "code", "kind", "commune", "createdAt"] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export const ORGANISATION_FILTERS = ["kind", "commune", "zone"] as const;

export type OrganisationListItem = {
  id: number;
  code: string;
  kind: string;
  acronym: string | null;
  name: string;
  communeName: string | null;
  zone: Zone | null;
};

/** How many records point to the organisation; any of them blocks its deletion. */
export type OrganisationReferences = { events: number; presentations: number; partnerContributions: number };

export type OrganisationDetail = {
  id: number;
  version: number;
  code: string;
  kind: string;
  acronym: string | null;
  nameAr: string;
  nameFr: string;
  communeName: string | null;
  zone: Zone | null;
  createdAt: Date;
  updatedAt: Date;
  references: OrganisationReferences;
};

export type Option = { value: number; label: string };
