// Cooperative form schemas, shared by the server action and (for labels and defaults) the client form.
// Messages are Validation keys; they are translated when the action answers.
import { z } from "zod";
import { formatFormDate } from "@/lib/format/dates";
import {
  idField,
  integerField,
  optionalDateField,
  optionalIdField,
  optionalText,
  requiredText,
  versionField,
} from "@/lib/validation/fields";

export const ZONES = ["URBAN", "RURAL"] as const;
export type Zone = (typeof ZONES)[number];
export const isZone = (value: string): value is Zone => (ZONES as readonly string[]).includes(value);

export const GRANT_STATUSES = ["APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;

const MAX_MEMBERS = 100_000;

const optionalEmail = () =>
  optionalText(200).refine((v) => v === null || z.email().safeParse(v).success, { error: "invalidEmail" });

const optionalPhone = () =>
  optionalText(30).refine((v) => v === null || /^\+?[\d\s().-]{6,30}$/.test(v), { error: "invalidPhone" });

const cooperativeFields = z.object({
  registerNumber: requiredText(50),
  nameAr: requiredText(200),
  nameFr: requiredText(200),
  sectorId: idField(),
  communeId: idField(),
  placeId: optionalIdField(),
  foundedOn: optionalDateField(),
  members: integerField({ max: MAX_MEMBERS }),
  womenMembers: integerField({ max: MAX_MEMBERS }),
  youngMembers: integerField({ max: MAX_MEMBERS }),
  contactName: optionalText(200),
  contactPhone: optionalPhone(),
  contactEmail: optionalEmail(),
});

type Counts = { members: number; womenMembers: number; youngMembers: number };

// `when` runs the rule even if another field failed, so every problem shows on the first submit; it only
// needs the three counts to have parsed as numbers.
const countsParsed = (payload: { value: unknown }) => {
  const v = payload.value as Record<string, unknown>;
  return ["members", "womenMembers", "youngMembers"].every((k) => typeof v[k] === "number");
};

const withMemberRules = <S extends z.ZodType<Counts>>(schema: S) =>
  schema
    .refine((v) => v.womenMembers <= v.members, { path: ["womenMembers"], error: "womenExceedMembers", when: countsParsed })
    .refine((v) => v.youngMembers <= v.members, { path: ["youngMembers"], error: "youngExceedMembers", when: countsParsed });

export const cooperativeInputSchema = withMemberRules(cooperativeFields);
export const cooperativeUpdateSchema = withMemberRules(cooperativeFields.extend({ version: versionField() }));

export type CooperativeInput = z.output<typeof cooperativeFields>;
export type CooperativeUpdateInput = CooperativeInput & { version: number };

/** The names of the form's fields, in the order the form shows them (also used to label conflicts). */
export const COOPERATIVE_FIELDS = Object.keys(cooperativeFields.shape) as (keyof CooperativeInput)[];

type StoredCooperative = {
  registerNumber: string;
  nameAr: string;
  nameFr: string;
  sectorId: number;
  communeId: number;
  placeId: number | null;
  foundedOn: Date | null;
  members: number;
  womenMembers: number;
  youngMembers: number;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
};

/**
 * A stored cooperative as the strings its form submits. The edit form starts from these, and a version
 * conflict compares them with what the user typed, so both sides must use exactly this mapping.
 */
export function toFormValues(c: StoredCooperative): Record<keyof CooperativeInput, string> {
  return {
    registerNumber: c.registerNumber,
    nameAr: c.nameAr,
    nameFr: c.nameFr,
    sectorId: String(c.sectorId),
    communeId: String(c.communeId),
    placeId: c.placeId === null ? "" : String(c.placeId),
    foundedOn: c.foundedOn ? formatFormDate(c.foundedOn) : "",
    members: String(c.members),
    womenMembers: String(c.womenMembers),
    youngMembers: String(c.youngMembers),
    contactName: c.contactName ?? "",
    contactPhone: c.contactPhone ?? "",
    contactEmail: c.contactEmail ?? "",
  };
}
