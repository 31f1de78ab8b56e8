// The money side of a demonstration grant: cost, INDH share, partners, beneficiary and tranches.
// Amounts are chosen in whole dirhams (rounded to 100 MAD, as budgets are) and only then turned into
// centimes, so every sum below is exact bigint arithmetic and the totals add up to the centime.
import type { GrantStatus } from "@/lib/grants/rules";
import type { Rng } from "./demo-random";

export type DemoPartnerContribution = { organisationCode: string; amountCentimes: bigint };
export type DemoTranche = { position: number; plannedOn: Date; amountCentimes: bigint; paidOn: Date | null };
export type DemoGrantMoney = {
  totalCostCentimes: bigint;
  indhContributionCentimes: bigint;
  beneficiaryContributionCentimes: bigint;
  partnerContributions: DemoPartnerContribution[];
  tranches: DemoTranche[];
};

/** Programme 3's social-economy axis caps the INDH at 60 % of the cost and at 300,000 MAD per project. */
export const SOCIAL_ECONOMY_AXIS = "SOCIAL-SOLIDARITY-ECONOMY";
export const SOCIAL_ECONOMY_MAX_SHARE_PERCENT = 60n;
export const SOCIAL_ECONOMY_MAX_INDH_CENTIMES = 300_000n * 100n;

const MIN_TOTAL_MAD = 80_000;
const MAX_TOTAL_MAD = 900_000;

const toCentimes = (mad: number): bigint => BigInt(mad) * 100n;
const roundDownTo100 = (mad: number): number => Math.floor(mad / 100) * 100;

/** INDH share in basis points, by where the grant sits; only the social-economy axis has a hard cap. */
function indhShareRange(axisCode: string | null, phaseNumber: number): [number, number] {
  if (axisCode === SOCIAL_ECONOMY_AXIS) return [4000, 6000];
  if (phaseNumber === 2) return [5000, 8000];
  if (axisCode === null) return [6000, 8000]; // phase 3 programmes without axes (accompaniment of the vulnerable)
  return [5000, 7000];
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

// How the INDH contribution is released: a first tranche on approval, the rest against progress reports.
const TRANCHE_PERCENTS: Record<number, number[]> = { 1: [100], 2: [60, 40], 3: [40, 35, 25] };
const TRANCHE_MONTHS = [2, 8, 14];

function buildTranches(rng: Rng, indhMad: number, approvedOn: Date, status: GrantStatus): DemoTranche[] {
  // A grant "in progress" has paid some tranches and not others, so it needs at least two.
  let count = indhMad < 150_000 ? rng.int(1, 2) : rng.int(2, 3);
  if (status === "IN_PROGRESS" && count === 1) count = 2;
  const percents = TRANCHE_PERCENTS[count] ?? [100];
  const paidCount = status === "COMPLETED" ? count : status === "IN_PROGRESS" ? rng.int(1, count - 1) : 0;
  let allotted = 0;
  return percents.map((percent, index) => {
    // The last tranche takes the remainder, so the schedule equals the INDH contribution exactly.
    const last = index === percents.length - 1;
    const amountMad = last ? indhMad - allotted : Math.floor((indhMad * percent) / 100);
    allotted += amountMad;
    const plannedOn = addMonths(approvedOn, TRANCHE_MONTHS[index] ?? 14);
    const paidOn = index < paidCount ? addDays(plannedOn, rng.int(0, 45)) : null;
    return { position: index + 1, plannedOn, amountCentimes: toCentimes(amountMad), paidOn };
  });
}

export type DemoMoneyInput = {
  axisCode: string | null;
  phaseNumber: number;
  approvedOn: Date;
  status: GrantStatus;
  /** Organisations that plausibly co-fund this project; 0 to 2 of them are picked. */
  partnerCandidates: string[];
};

export function buildGrantMoney(rng: Rng, input: DemoMoneyInput): DemoGrantMoney {
  // Squaring the draw skews costs toward the small end, as most cooperative projects are modest.
  const draw = rng.float();
  const totalMad = roundDownTo100(MIN_TOTAL_MAD + (MAX_TOTAL_MAD - MIN_TOTAL_MAD) * draw * draw);

  const [minShare, maxShare] = indhShareRange(input.axisCode, input.phaseNumber);
  let indhMad = roundDownTo100((totalMad * rng.int(minShare, maxShare)) / 10_000);
  if (input.axisCode === SOCIAL_ECONOMY_AXIS) indhMad = Math.min(indhMad, 300_000);

  // Partners share part of what the INDH does not cover; at most 70 % of it, so the beneficiary always
  // brings something (the programme requires a personal contribution).
  const partnerRoll = rng.float();
  const partnerCount = partnerRoll < 0.35 ? 0 : partnerRoll < 0.75 ? 1 : 2;
  const remainingMad = totalMad - indhMad;
  const partnerContributions = rng
    .shuffle(input.partnerCandidates)
    .slice(0, partnerCount)
    .map((organisationCode) => ({
      organisationCode,
      amountCentimes: toCentimes(roundDownTo100((remainingMad * rng.int(15, 35)) / 100)),
    }));

  const totalCostCentimes = toCentimes(totalMad);
  const indhContributionCentimes = toCentimes(indhMad);
  const partnersCentimes = partnerContributions.reduce((sum, p) => sum + p.amountCentimes, 0n);
  return {
    totalCostCentimes,
    indhContributionCentimes,
    beneficiaryContributionCentimes: totalCostCentimes - indhContributionCentimes - partnersCentimes,
    partnerContributions,
    tranches: buildTranches(rng, indhMad, input.approvedOn, input.status),
  };
}
