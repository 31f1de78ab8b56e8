// Amounts typed the way people write them in Morocco, into exact centimes:
// "150000", "150000.5", "150.000,50", "150 000,50", "13.179.091,00", "13 179 091 DH", "1,234,567.89".
// Eastern Arabic and Persian digits and the Arabic separators ("١٥٠٬٠٠٠٫٥٠") are read too (normalizeDigits).
// The last separator followed by one or two digits is the decimal mark; others group thousands.

import { normalizeDigits } from "@/lib/format/digits";

const CURRENCY = /(?:mad|dhs?|dirhams?|درهم|د\.م\.?)/giu;

export function parseDirhamsToCentimes(input: string): bigint | null {
  const text = normalizeDigits(input).replace(CURRENCY, "").replace(/[\s\u00a0\u202f\u200e\u200f\u061c\u2066-\u2069']/g, "");
  if (!/^-?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const decimal = /[.,](\d{1,2})$/.exec(body);
  const wholePart = decimal ? body.slice(0, decimal.index) : body;
  // Thousands groups must be well-formed ("1.234.567"), or absent.
  if (!/^\d+$/.test(wholePart) && !/^\d{1,3}([.,]\d{3})+$/.test(wholePart)) return null;
  if (/[.,]/.test(wholePart) && new Set(wholePart.replace(/\d/g, "")).size > 1) return null;
  const whole = BigInt(wholePart.replace(/[.,]/g, ""));
  const cents = decimal ? BigInt((decimal[1] ?? "0").padEnd(2, "0")) : 0n;
  const value = whole * 100n + cents;
  return negative ? -value : value;
}
