// Money is an integer number of centimes (bigint) everywhere; this is the one place it becomes text.
import type { AppLocale } from "@/lib/i18n/locales";

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

/**
 * 1317909100n -> "13.179.091,00 د.م.‏" (ar) or "13.179.091,00 MAD" (fr).
 * `signed` writes "+" before a positive amount, for differences.
 */
export function formatMoney(centimes: bigint, locale: AppLocale, { signed = false }: SignOption = {}): string {
  const format = new Intl.NumberFormat(numberLocale(locale), {
    style: "currency",
    currency: "MAD",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? "exceptZero" : "auto",
  });
  // Intl.NumberFormat formats a decimal string exactly (no conversion through a float).
  return format.format(centimesToDecimalString(centimes) as unknown as number);
}

/** Whole dirhams without the currency sign, e.g. "13.179.091", for compact figures. */
export function formatDirhams(centimes: bigint, locale: AppLocale): string {
  const format = new Intl.NumberFormat(numberLocale(locale), { maximumFractionDigits: 0 });
  return format.format(centimesToDecimalString(centimes) as unknown as number);
}

export function formatCount(value: number, locale: AppLocale, { signed = false }: SignOption = {}): string {
  return new Intl.NumberFormat(numberLocale(locale), { signDisplay: signed ? "exceptZero" : "auto" }).format(value);
}

/** A share such as INDH contribution / total cost, as "60,0 %"; exact division done in bigint. */
export function formatShare(part: bigint, whole: bigint, locale: AppLocale): string {
  if (whole === 0n) return "—";
  const tenthsOfPercent = (part * 1000n) / whole;
  const format = new Intl.NumberFormat(numberLocale(locale), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return format.format(Number(tenthsOfPercent) / 1000);
}
