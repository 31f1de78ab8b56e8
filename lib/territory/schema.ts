import { z } from "zod";
import { amountField, idField, integerField, optionalIdField, requiredText, versionField } from "@/lib/validation/fields";
import { joinAlternativeNames, MAX_ALTERNATIVE_NAME_LENGTH, MAX_ALTERNATIVE_NAMES, splitAlternativeNames } from "@/lib/territory/alternative-names";

// Territory and INDH structure forms. Messages are keys of the Validation namespace.
export const LEGAL_STATUSES = ["URBAN_MUNICIPALITY", "RURAL_COMMUNE"] as const;
export const SETTINGS = ["URBAN", "RURAL"] as const;
export const PLACE_KINDS = ["ARRONDISSEMENT", "DISTRICT", "DOUAR", "OTHER"] as const;
export const PREFECTURE_KINDS = ["PREFECTURE", "PROVINCE"] as const;

/** Codes are identifiers people type and filter by: upper-case letters, digits and dashes. */
const code = (max = 40) =>
  z.string({ error: "required" }).trim().toUpperCase().min(1, { error: "required" }).max(max, { error: "tooLong" }).regex(/^[A-Z0-9][A-Z0-9-]*$/, { error: "invalidCode" });

const year = () => integerField({ min: 1990, max: 2100 });

/** Empty means "no such rule" (null); otherwise a whole percentage from 0 to 100. */
const optionalPercent = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.string().regex(/^\d{1,3}$/, { error: "percentOutOfRange" }).transform(Number).pipe(z.number().int().max(100, { error: "percentOutOfRange" })).nullable());

/** Empty means "no ceiling" (null); otherwise dirhams as typed, into centimes, never negative. */
const optionalAmount = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(amountField().pipe(z.bigint().nonnegative({ error: "negativeAmount" })).nullable());

const names = { nameAr: requiredText(200), nameFr: requiredText(200) };

/** Other spellings as typed (one per line, or separated by | , ، ;), stored "|"-separated; empty is fine. */
const alternativeNames = () =>
  z
    .string()
    .optional()
    .transform((v) => splitAlternativeNames(v ?? ""))
    .refine((list) => list.length <= MAX_ALTERNATIVE_NAMES && list.every((n) => n.length <= MAX_ALTERNATIVE_NAME_LENGTH), { error: "tooLong" })
    .transform(joinAlternativeNames);

export const communeInputSchema = z.object({
  code: code(),
  ...names,
  legalStatus: z.enum(LEGAL_STATUSES, { error: "required" }),
  setting: z.enum(SETTINGS, { error: "required" }),
  alternativeNames: alternativeNames(),
  /** Chosen by a national admin only; a prefecture admin's communes are always in their prefecture. */
  prefectureId: optionalIdField(),
});
/** A national admin may move a commune to another prefecture (empty: it stays where it is). */
export const communeUpdateSchema = communeInputSchema.extend({ version: versionField() });

/** A prefecture or province: national reference data, written by a national admin only. */
export const prefectureInputSchema = z.object({
  regionId: idField(),
  code: code(),
  kind: z.enum(PREFECTURE_KINDS, { error: "required" }),
  ...names,
});
/** The code stays: imports and existing databases name a prefecture by it. */
export const prefectureUpdateSchema = prefectureInputSchema.omit({ code: true }).extend({ version: versionField() });

export const placeInputSchema = z.object({ communeId: idField(), code: code(), kind: z.enum(PLACE_KINDS, { error: "required" }), ...names });
/** A place stays in its commune; moving one would silently move the records placed in it. */
export const placeUpdateSchema = placeInputSchema.omit({ communeId: true }).extend({ version: versionField() });

export const phaseInputSchema = z
  .object({
    number: integerField({ min: 1, max: 99 }),
    startYear: year(),
    endYear: z.string().trim().optional().transform((v) => (v ? v : null)).pipe(year().nullable()),
    ...names,
  })
  .refine((p) => p.endYear === null || p.endYear >= p.startYear, { path: ["endYear"], error: "endBeforeStart" });

export const programmeInputSchema = z.object({ phaseId: idField(), number: integerField({ min: 1, max: 99 }), ...names });

export const axisInputSchema = z.object({
  programmeId: idField(),
  code: code(60),
  ...names,
  maxIndhSharePercent: optionalPercent(),
  maxIndhContribution: optionalAmount(),
  minWomenOrYouthMembersPercent: optionalPercent(),
});
export const axisUpdateSchema = axisInputSchema.extend({ version: versionField() });

export type CommuneInput = z.output<typeof communeInputSchema>;
export type CommuneUpdateInput = z.output<typeof communeUpdateSchema>;
export type PrefectureInput = z.output<typeof prefectureInputSchema>;
export type PrefectureUpdateInput = z.output<typeof prefectureUpdateSchema>;
export type PlaceInput = z.output<typeof placeInputSchema>;
export type PlaceUpdateInput = z.output<typeof placeUpdateSchema>;
export type PhaseInput = z.output<typeof phaseInputSchema>;
export type ProgrammeInput = z.output<typeof programmeInputSchema>;
export type AxisInput = z.output<typeof axisInputSchema>;
export type AxisUpdateInput = z.output<typeof axisUpdateSchema>;
