// How the public API writes values JSON has no exact type for. Money is integer centimes (bigint), which
// JSON numbers cannot hold exactly beyond 2^53 and which a float would round: each amount is an object
// with the centimes as a string of digits and the same amount in dirhams as an exact decimal string.
// Dates are ISO 8601 in UTC ("2025-07-09T09:00:00.000Z").
import { centimesToDecimalString } from "@/lib/format/money";
import type { DashboardTotals } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";

export type MoneyDto = { centimes: string; dirhams: string };

export function money(centimes: bigint): MoneyDto {
  return { centimes: centimes.toString(), dirhams: centimesToDecimalString(centimes) };
}

export function moneyOrNull(centimes: bigint | null): MoneyDto | null {
  return centimes === null ? null : money(centimes);
}

export function isoDate(date: Date): string {
  return date.toISOString();
}

/** The event's public page in the language asked for, as a path on the site (no host: see README). */
export function eventPagePath(lang: AppLocale, slug: string): string {
  return `/${lang}/events/${encodeURIComponent(slug)}`;
}

export type TotalsDto = {
  grants: number;
  totalCost: MoneyDto;
  indhContribution: MoneyDto;
  partnersContribution: MoneyDto;
  beneficiaryContribution: MoneyDto;
  tranchesPlanned: MoneyDto;
  tranchesPaid: MoneyDto;
};

export function totalsDto(t: DashboardTotals): TotalsDto {
  return {
    grants: t.grants,
    totalCost: money(t.totalCostCentimes),
    indhContribution: money(t.indhContributionCentimes),
    partnersContribution: money(t.partnersContributionCentimes),
    beneficiaryContribution: money(t.beneficiaryContributionCentimes),
    tranchesPlanned: money(t.tranchesPlannedCentimes),
    tranchesPaid: money(t.tranchesPaidCentimes),
  };
}
