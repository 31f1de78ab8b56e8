// Money is an integer number of centimes (bigint) everywhere; this is the one place it becomes text.
import { numberFormat } from "@/lib/format/intl-cache";
import type { AppLocale } from "@/lib/i18n/locales";
import { isolateLeftToRight, isolateRightToLeft } from "@/lib/format/bidi";

export const CENTIMES_PER_DIRHAM = 100n;

export function dirhamsToCentimes(dirhams: number | bigint): bigint {
  return BigInt(dirhams) * CENTIMES_PER_DIRHAM;
}

/** "1317909100" centimes -> "13179091.00": an exact decimal string, never a float. */
export function centimesToDecimalString(centimes: bigint): string {
  const negative = centimes < 0n;
  const abs = negative ? -centimes : centimes;
  const whole = abs / CENTIMES_PER_DIRHAM;
  const cents = (abs % CENTIMES_PER_DIRHAM).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${cents}`;
}

/**
 * 84930000n -> "849.300,00": an amount as the forms show and accept it (Moroccan grouping, comma decimal),
 * the same in Arabic and French pages, with no currency sign so that it can be edited and sent back as is.
 */
export function formatAmountInput(centimes: bigint): string {
  const [whole = "0", cents = "00"] = centimesToDecimalString(centimes).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped},${cents}`;
}

// Moroccan formats are those of ar-MA (Latin digits, as the administration prints them) and fr-MA;
// plain "ar" would give English-style separators.
function numberLocale(locale: AppLocale): string {
  return `${locale}-MA`;
}

type SignOption = { signed?: boolean };

// Arabic text is laid out right to left, and a number in it must be isolated or it interacts with the text
// around it ("بفارق 12-", "1.069.315,00- د.م."): see lib/format/bidi.ts. French pages are left to right.
function isolatedForArabic(text: string, locale: AppLocale): string {
  return locale === "ar" ? isolateLeftToRight(text) : text;
}

const NUMBER_PARTS = new Set(["minusSign", "plusSign", "integer", "group", "decimal", "fraction"]);

/**
 * 1317909100n -> "13.179.091,00 د.م." (ar) or "13.179.091,00 MAD" (fr), the currency joined by a no-break
 * space. In Arabic the amount is one right-to-left isolate (the figure read first, then "د.م.") holding the
 * signed figure as a left-to-right isolate, so "-1.069.315,00" keeps its sign on its left, and nothing
 * around (a full stop, a bracket) can move into it.
 * `signed` writes "+" before a positive amount, for differences.
 */
export function formatMoney(centimes: bigint, locale: AppLocale, { signed = false }: SignOption = {}): string {
  const format = numberFormat(numberLocale(locale), {
    style: "currency",
    currency: "MAD",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? "exceptZero" : "auto",
  });
  // Intl.NumberFormat formats a decimal string exactly (no conversion through a float).
  const exact = centimesToDecimalString(centimes) as unknown as number;
  if (locale !== "ar") return format.format(exact);
  const parts = format.formatToParts(exact);
  const figure = parts.filter((p) => NUMBER_PARTS.has(p.type)).map((p) => p.value).join("");
  const currency = parts.find((p) => p.type === "currency")?.value ?? "";
  return isolateRightToLeft(`${isolateLeftToRight(figure)}\u00a0${currency}`);
}

/** Whole dirhams without the currency sign, e.g. "13.179.091", for compact figures. */
export function formatDirhams(centimes: bigint, locale: AppLocale): string {
  const format = numberFormat(numberLocale(locale), { maximumFractionDigits: 0 });
  return isolatedForArabic(format.format(centimesToDecimalString(centimes) as unknown as number), locale);
}

export function formatCount(value: number, locale: AppLocale, { signed = false }: SignOption = {}): string {
  return isolatedForArabic(numberFormat(numberLocale(locale), { signDisplay: signed ? "exceptZero" : "auto" }).format(value), locale);
}

/** A share such as INDH contribution / total cost, as "60,0 %"; exact division done in bigint. */
export function formatShare(part: bigint, whole: bigint, locale: AppLocale): string {
  if (whole === 0n) return "—";
  const tenthsOfPercent = (part * 1000n) / whole;
  const format = numberFormat(numberLocale(locale), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return isolatedForArabic(format.format(Number(tenthsOfPercent) / 1000), locale);
}

/** A measured quantity that need not be whole, e.g. a median of 27.5 days: at most one decimal. */
export function formatDecimal(value: number, locale: AppLocale): string {
  return isolatedForArabic(numberFormat(numberLocale(locale), { maximumFractionDigits: 1 }).format(value), locale);
}
