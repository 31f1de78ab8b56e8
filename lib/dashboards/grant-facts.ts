// The dashboard facts copied onto Grant and Cooperative (see prisma/schema.prisma), computed in one place
// and written inside the caller's transaction, so a dashboard never sees a grant without its facts.
// No "server-only" here: the seed (plain tsx) calls these too.
import type { Prisma } from "@/lib/generated/prisma/client";
import { sumCentimes } from "@/lib/grants/rules";
import { applyGrantChange, grantContributions } from "@/lib/dashboards/grant-summary";

type Tx = Prisma.TransactionClient;

type MemberCounts = { members: number; womenMembers: number; youngMembers: number };

/** Women-led / youth: strictly more than half of the members (5 of 10 is not "led"). */
export function cooperativeFacts(c: MemberCounts): { isWomenLed: boolean; isYouth: boolean } {
  return { isWomenLed: c.womenMembers * 2 > c.members, isYouth: c.youngMembers * 2 > c.members };
}

export type GrantFactSource = {
  approvedOn: Date;
  partnerContributions: { amountCentimes: bigint }[];
  tranches: { amountCentimes: bigint; paidOn: Date | null }[];
};

export type GrantFacts = {
  communeId: number;
  sectorId: number;
  approvalYear: number;
  partnersContributionCentimes: bigint;
  tranchesPlannedCentimes: bigint;
  tranchesPaidCentimes: bigint;
};

/** Pure: the facts of a grant given its rows and its cooperative's commune and sector. */
export function grantFacts(grant: GrantFactSource, cooperative: { communeId: number; sectorId: number }): GrantFacts {
  return {
    communeId: cooperative.communeId,
    sectorId: cooperative.sectorId,
    // Dates are stored at UTC midnight, so the UTC year is the calendar year typed in the form.
    approvalYear: grant.approvedOn.getUTCFullYear(),
    partnersContributionCentimes: sumCentimes(grant.partnerContributions),
    tranchesPlannedCentimes: sumCentimes(grant.tranches),
    tranchesPaidCentimes: sumCentimes(grant.tranches.filter((t) => t.paidOn !== null)),
  };
}

/** The facts to write with a grant create/update (reads the cooperative inside the same transaction). */
export async function grantFactColumns(tx: Tx, grant: GrantFactSource & { cooperativeId: number }): Promise<GrantFacts> {
  const cooperative = await tx.cooperative.findUniqueOrThrow({
    where: { id: grant.cooperativeId },
    select: { communeId: true, sectorId: true },
  });
  return grantFacts(grant, cooperative);
}

/**
 * After a cooperative changed commune or sector: its grants follow, and so do the summaries they count in.
 * Only grants whose copy differs are written, so an edit of the name alone touches no grant (and no
 * grant's updatedAt).
 */
export async function refreshCooperativeGrantFacts(tx: Tx, cooperativeId: number): Promise<number> {
  const { communeId, sectorId } = await tx.cooperative.findUniqueOrThrow({
    where: { id: cooperativeId },
    select: { communeId: true, sectorId: true },
  });
  const before = await grantContributions(tx, { cooperativeId });
  const { count } = await tx.grant.updateMany({
    where: { cooperativeId, OR: [{ communeId: { not: communeId } }, { sectorId: { not: sectorId } }] },
    data: { communeId, sectorId },
  });
  if (count > 0) await applyGrantChange(tx, before, await grantContributions(tx, { cooperativeId }));
  return count;
}
