// Organisation form schemas (partners, organisers, presenters). Messages are Validation keys.
import { z } from "zod";
import { optionalIdField, optionalText, requiredText, versionField } from "@/lib/validation/fields";

/** Closed vocabulary, stored as a string (SQLite has no enums). */
export const ORGANISATION_KINDS = [
  "PREFECTURE",
  "STATE_SERVICE",
  "PUBLIC_AGENCY",
  "COMMUNE",
  "ELECTED_COUNCIL",
  "ASSOCIATION",
  "PRIVATE",
  "OTHER",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const isOrganisationKind = (value: string): value is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(value);

const organisationFields = z.object({
  // Codes are identifiers people type in imports and URLs: letters, digits and hyphens, kept upper case.
  code: requiredText(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, { error: "invalidCode" })
    .transform((v) => v.toUpperCase()),
  kind: z.enum(ORGANISATION_KINDS, { error: "required" }),
  acronym: optionalText(30),
  nameAr: requiredText(300),
  nameFr: requiredText(300),
  communeId: optionalIdField(),
});

export const organisationInputSchema = organisationFields;
export const organisationUpdateSchema = organisationFields.extend({ version: versionField() });

export type OrganisationInput = z.output<typeof organisationFields>;
export type OrganisationUpdateInput = OrganisationInput & { version: number };

export const ORGANISATION_FIELDS = Object.keys(organisationFields.shape) as (keyof OrganisationInput)[];

type StoredOrganisation = { code: string; kind: string; acronym: string | null; nameAr: string; nameFr: string; communeId: number | null };

/** A stored organisation as its form's strings: the edit form's defaults and the conflict comparison. */
export function toFormValues(o: StoredOrganisation): Record<keyof OrganisationInput, string> {
  return {
    code: o.code,
    kind: o.kind,
    acronym: o.acronym ?? "",
    nameAr: o.nameAr,
    nameFr: o.nameFr,
    communeId: o.communeId === null ? "" : String(o.communeId),
  };
}
