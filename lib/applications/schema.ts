// The application form as zod, shared by the public form, the paper form and the browser's check. Messages
// are Validation keys. Amounts are typed in dirhams and become exact centimes; the cost split must add up.
import { z } from "zod";
import { normalizeDigits } from "@/lib/format/digits";
import { amountField, idField, integerField, optionalText, requiredText } from "@/lib/validation/fields";

/** A Moroccan number: 0 then 5, 6, 7 or 8 and eight digits, or +212 / 00212 without the 0. Stored as 0XXXXXXXXX. */
export function normalizeMoroccanPhone(text: string): string | null {
  const digits = normalizeDigits(text).replace(/[\s().-]/g, "");
  const match = /^(?:\+212|00212|0)([5-8]\d{8})$/.exec(digits);
  return match ? `0${match[1]}` : null;
}

const phoneField = () =>
  requiredText(30).transform((text, ctx) => {
    const phone = normalizeMoroccanPhone(text);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "apply.invalidMoroccanPhone" });
      return z.NEVER;
    }
    return phone;
  });

const optionalEmail = () =>
  optionalText(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: "invalidEmail" });

/** An optional amount: empty is 0 (no partners). */
const optionalAmount = () => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v ?? "0"), amountField());

/** Register numbers are compared as typed but without stray spaces and in capitals ("rc 123" = "RC 123"). */
const registerNumberField = () => requiredText(40).transform((v) => v.replace(/\s+/g, " ").toUpperCase());

export const applicationFields = {
  registerNumber: registerNumberField(),
  nameAr: requiredText(200),
  nameFr: requiredText(200),
  communeId: idField(),
  sectorId: idField(),
  members: integerField({ min: 1, max: 100_000 }),
  womenMembers: integerField({ max: 100_000 }),
  youngMembers: integerField({ max: 100_000 }),
  contactName: requiredText(200),
  contactPhone: phoneField(),
  contactEmail: optionalEmail(),
  projectTitle: requiredText(300),
  projectDescription: requiredText(5000),
  axisId: idField(),
  totalCost: amountField(),
  requestedIndh: amountField(),
  beneficiaryContribution: amountField(),
  partnersContribution: optionalAmount(),
  partnersDescription: optionalText(1000),
  consent: z.literal("on", { error: "apply.consentRequired" }),
};

type Parsed = z.output<z.ZodObject<typeof applicationFields>>;

/** The rules between fields: counts within members, amounts positive, the split exact, the INDH within the total. */
function checkConsistency(value: Parsed, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (value.womenMembers > value.members) issue("womenMembers", "womenExceedMembers");
  if (value.youngMembers > value.members) issue("youngMembers", "youngExceedMembers");
  if (value.totalCost <= 0n) issue("totalCost", "apply.amountMustBePositive");
  if (value.requestedIndh <= 0n) issue("requestedIndh", "apply.amountMustBePositive");
  for (const field of ["beneficiaryContribution", "partnersContribution"] as const) {
    if (value[field] < 0n) issue(field, "negativeAmount");
  }
  if (value.requestedIndh > value.totalCost) issue("requestedIndh", "indhExceedsTotalCost");
  else if (value.requestedIndh + value.beneficiaryContribution + value.partnersContribution !== value.totalCost) {
    issue("beneficiaryContribution", "contributionsDoNotAddUp");
  }
  if (value.partnersContribution > 0n && !value.partnersDescription) issue("partnersDescription", "apply.partnersDescriptionRequired");
}

/** Form names -> the domain's names (amounts carry their unit). */
function toInput(value: Parsed) {
  const { totalCost, requestedIndh, beneficiaryContribution, partnersContribution, consent: _consent, ...rest } = value;
  return {
    ...rest,
    partnersDescription: rest.partnersDescription ?? "",
    totalCostCentimes: totalCost,
    requestedIndhCentimes: requestedIndh,
    beneficiaryContributionCentimes: beneficiaryContribution,
    partnersContributionCentimes: partnersContribution,
  };
}

export const applicationInputSchema = z.object(applicationFields).superRefine(checkConsistency).transform(toInput);

export type ApplicationInput = z.output<typeof applicationInputSchema>;

/** The fields of the form's text part; anything else a public submission carries is refused (lib/applications/public-action.ts). */
export const APPLICATION_FIELD_NAMES = new Set(Object.keys(applicationFields));
