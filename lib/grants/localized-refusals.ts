// The grant mutations refuse with raw values (centimes, shares); the actions re-throw those refusals with
// the values formatted for the reader, so a message can state them ("ينقص 12.000,00 د.م.").
import { DomainError } from "@/lib/domain-error";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locales";
import { withLocalizedWarnings } from "@/lib/grants/eligibility";
import type { GrantRuleViolation } from "@/lib/grants/rules";

/** A refusal of the grant's amounts that knows by how much the contributions miss the total cost. */
export class GrantAmountsError extends DomainError {
  constructor(violations: GrantRuleViolation[], readonly gapCentimes: bigint) {
    super(violations);
  }
}

/**
 * "contributionsDoNotAddUp" becomes "contributionsShort" (some is missing) or "contributionsOver" (too much),
 * with the gap in MAD; the other violations pass unchanged.
 */
export function localizeGap(error: GrantAmountsError, locale: AppLocale): DomainError {
  const gap = error.gapCentimes;
  return new DomainError(
    error.violations.map((v) =>
      v.code === "contributionsDoNotAddUp" && gap !== 0n
        ? { ...v, code: gap > 0n ? "contributionsShort" : "contributionsOver", params: { gap: formatMoney(gap > 0n ? gap : -gap, locale) } }
        : v,
    ),
  );
}

/** Runs a grant mutation; its refusals come out in the reader's locale (warnings and the gap). */
export async function withLocalizedRefusals<R>(locale: AppLocale, run: () => Promise<R>): Promise<R> {
  try {
    return await withLocalizedWarnings(locale, run);
  } catch (error) {
    if (error instanceof GrantAmountsError) throw localizeGap(error, locale);
    throw error;
  }
}
