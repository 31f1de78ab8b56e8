// zod building blocks for form fields. Forms submit strings; these turn them into domain values.
// Messages are keys of the Validation namespace (translated when the form is answered), so the schemas
// stay locale-agnostic and can be shared by the server, the client and the spreadsheet import.
import { z } from "zod";
import { parseDirhamsToCentimes } from "@/lib/format/parse-money";
import { normalizeDigits } from "@/lib/format/digits";

export const requiredText = (max = 200) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

/** Empty becomes null. */
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => (v ? v : null));

export const integerField = ({ min = 0, max = 1_000_000 }: { min?: number; max?: number } = {}) =>
  z
    .string({ error: "required" })
    .trim()
    .overwrite(normalizeDigits)
    .min(1, { error: "required" })
    .regex(/^-?\d{1,9}$/, { error: "notANumber" })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: min === 0 ? "mustBeNonNegative" : "invalid" }).max(max, { error: "invalid" }));

/** A record id from a select or a hidden field (untrusted: check its prefecture before using it). */
export const idField = () =>
  z.string({ error: "required" }).trim().regex(/^\d{1,9}$/, { error: "required" }).transform(Number).pipe(z.number().int().positive({ error: "required" }));

export const optionalIdField = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{1,9}$/.test(v)) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return Number(v);
    });

/**
 * The largest amount a form accepts: 10 trillion dirhams, in centimes. Far above any INDH grant, and small
 * enough that 20 partner contributions and their sums stay inside the database's 64-bit integers.
 */
export const MAX_AMOUNT_CENTIMES = 10n ** 15n;

/** Dirhams as typed ("150.000,50", "13 179 091 DH") into exact centimes. Sign checked by the domain rules. */
export const amountField = () =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(40, { error: "tooLong" })
    .transform((text, ctx) => {
      const centimes = parseDirhamsToCentimes(text);
      if (centimes === null) {
        ctx.addIssue({ code: "custom", message: "notAnAmount" });
        return z.NEVER;
      }
      if (centimes > MAX_AMOUNT_CENTIMES || centimes < -MAX_AMOUNT_CENTIMES) {
        ctx.addIssue({ code: "custom", message: "amountTooLarge" });
        return z.NEVER;
      }
      return centimes;
    });

/** Empty means "not given" (null); a figure is kept exactly as typed. */
export const optionalIntegerField = (bounds: { min?: number; max?: number } = {}) =>
  z
    .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), integerField(bounds).optional())
    .transform((v) => v ?? null);

/** Dirhams or nothing (null), never negative. */
export const optionalAmountField = () =>
  z
    .string()
    .trim()
    .max(40, { error: "tooLong" })
    .optional()
    .transform((text, ctx) => {
      if (!text) return null;
      const centimes = parseDirhamsToCentimes(text);
      if (centimes === null) {
        ctx.addIssue({ code: "custom", message: "notAnAmount" });
        return z.NEVER;
      }
      if (centimes < 0n) {
        ctx.addIssue({ code: "custom", message: "negativeAmount" });
        return z.NEVER;
      }
      if (centimes > MAX_AMOUNT_CENTIMES) {
        ctx.addIssue({ code: "custom", message: "amountTooLarge" });
        return z.NEVER;
      }
      return centimes;
    });

// Invisible direction marks that come along when a date is pasted from an Arabic document.
const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, as Moroccan administration writes it: 15/03/2024, 15-03-2024 or 15.03.2024.
const DAY_FIRST_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/**
 * A typed date into UTC midnight: day first "15/03/2024" (the format the forms show), or ISO "2024-03-15",
 * in ASCII, Eastern Arabic or Persian digits. Impossible dates (31/02) and years outside 1900-2100 are refused.
 */
export function parseCalendarDate(input: string): Date | null {
  const text = normalizeDigits(input).replace(BIDI_MARKS, "").trim();
  const iso = ISO_DATE.exec(text);
  const dayFirst = DAY_FIRST_DATE.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[4], dayFirst[3], dayFirst[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const valid = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return valid && Number(y) >= 1900 && Number(y) <= 2100 ? date : null;
}

// "10:00" and "10.00" need their minutes; "10h" may leave them out. A bare "10" is not a time.
const TIME = /^(\d{1,2})\s*(?:[:.]\s*(\d{2})|[hH]\s*(\d{2})?)$/;

/** "10:00", "10h00", "10h", "9h30", "١٠:٣٠" into "HH:MM" (24-hour clock); null when not a time of day. */
export function parseTimeOfDay(input: string): string | null {
  const text = normalizeDigits(input).replace(BIDI_MARKS, "").trim();
  const match = TIME.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * A required text field read by `parse` (null = unreadable, reported as `message`): the shape of the date and
 * time fields, which accept what people type (day first, Eastern Arabic digits, 10h00) and hand on one value.
 */
const parsedField = <T>(parse: (text: string) => T | null, message: string) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .transform((text, ctx) => {
      const value = parse(text);
      if (value === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });

export const timeField = () => parsedField(parseTimeOfDay, "invalidTime");

export const dateField = () => parsedField(parseCalendarDate, "invalidDate");

export const optionalDateField = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => {
      if (!text) return null;
      const date = parseCalendarDate(text);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "invalidDate" });
        return z.NEVER;
      }
      return date;
    });

/** An HTML checkbox: present ("on") or absent. */
export const checkboxField = () =>
  z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true");

/** The version the form was opened at, for optimistic concurrency. */
export const versionField = () => integerField({ min: 1, max: 1_000_000_000 });

/** Deleting asks for a reason, kept in the audit trail. */
export const deleteSchema = z.object({
  reason: z.string({ error: "reasonRequired" }).trim().min(1, { error: "reasonRequired" }).max(500, { error: "tooLong" }),
  confirm: z.literal("on", { error: "confirmRequired" }),
  version: versionField(),
});
