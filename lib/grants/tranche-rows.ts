// A grant's tranches as rows that keep their identity: a convention's milestones point at tranche ids, so an
// edit of the grant updates each tranche where it stands (by position) rather than deleting and recreating
// them. And, under a convention, the tranche payment rule of the grant form.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, type Violation } from "@/lib/domain-error";
import { trancheRefusal } from "@/lib/conventions/rules";
import type { GrantInput } from "@/lib/grants/types";

type Tx = Prisma.TransactionClient;

const storedTranches = (tx: Tx, grantId: number) =>
  tx.grantTranche.findMany({
    where: { grantId },
    select: { id: true, position: true, plannedOn: true, amountCentimes: true, paidOn: true, milestone: { select: { reachedOn: true } } },
    orderBy: { position: "asc" },
  });

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

type StoredTranche = Awaited<ReturnType<typeof storedTranches>>[number];

/** The fields of the form that differ from what a signed convention states, each refused where it stands. */
async function signedAmountChanges(tx: Tx, grantId: number, input: GrantInput, tranches: StoredTranche[]): Promise<Violation[]> {
  const grant = await tx.grant.findUniqueOrThrow({
    where: { id: grantId },
    select: { totalCostCentimes: true, indhContributionCentimes: true, beneficiaryContributionCentimes: true, partnerContributions: { select: { organisationId: true, amountCentimes: true }, orderBy: { id: "asc" } } },
  });
  const code = "convention.signedAmountsLocked";
  const violations: Violation[] = [];
  if (input.totalCostCentimes !== grant.totalCostCentimes) violations.push({ field: "totalCost", code });
  if (input.indhContributionCentimes !== grant.indhContributionCentimes) violations.push({ field: "indhContribution", code });
  if (input.beneficiaryContributionCentimes !== grant.beneficiaryContributionCentimes) violations.push({ field: "beneficiaryContribution", code });
  const partners = (list: { organisationId: number; amountCentimes: bigint }[]) => list.map((p) => `${p.organisationId}:${p.amountCentimes}`).sort().join(",");
  if (partners(input.partnerContributions) !== partners(grant.partnerContributions)) violations.push({ field: "partnerContributions", code });
  if (input.tranches.length !== tranches.length) violations.push({ field: "tranches", code });
  input.tranches.forEach((t, i) => {
    const before = tranches[i];
    if (!before) return;
    if (t.amountCentimes !== before.amountCentimes) violations.push({ field: `tranches.${i}.amount`, code });
    if (!sameDay(t.plannedOn, before.plannedOn)) violations.push({ field: `tranches.${i}.plannedOn`, code });
  });
  return violations;
}

/** Tranche i of the form is the stored tranche at position i + 1: updated there, created if new, the rest deleted. */
export async function saveTranchesInPlace(tx: Tx, grantId: number, input: GrantInput): Promise<void> {
  const stored = new Map((await storedTranches(tx, grantId)).map((t) => [t.position, t.id]));
  for (const [i, t] of input.tranches.entries()) {
    const data = { plannedOn: t.plannedOn, amountCentimes: t.amountCentimes, paidOn: t.paidOn };
    const id = stored.get(i + 1);
    if (id) await tx.grantTranche.update({ where: { id }, data });
    else await tx.grantTranche.create({ data: { ...data, grantId, position: i + 1 } });
  }
  await tx.grantTranche.deleteMany({ where: { grantId, position: { gt: input.tranches.length } } });
}


/**
 * Under a convention, the grant form may not mark a tranche paid (or change its paid date) unless the
 * milestone releasing it is reached, nor drop a tranche a milestone releases. Once the convention is
 * signed, the amounts it states (cost, split, partners, each tranche's amount and date) are what both
 * parties signed: they no longer change through the grant form (an amendment is a new convention's business).
 */
export async function checkConventionTranches(tx: Tx, grantId: number, input: GrantInput): Promise<void> {
  const convention = await tx.convention.findUnique({ where: { grantId }, select: { signedOn: true } });
  if (!convention) return;
  const stored = await storedTranches(tx, grantId);
  const violations: Violation[] = convention.signedOn ? await signedAmountChanges(tx, grantId, input, stored) : [];
  input.tranches.forEach((t, i) => {
    const before = stored.find((s) => s.position === i + 1);
    if (t.paidOn === null || sameDay(t.paidOn, before?.paidOn ?? null)) return;
    const code = trancheRefusal(true, before?.milestone ?? null);
    if (code) violations.push({ field: `tranches.${i}.paidOn`, code });
  });
  const dropped = stored.find((s) => s.position > input.tranches.length && s.milestone);
  if (dropped) violations.push({ field: "tranches", code: "convention.trancheInMilestone" });
  if (violations.length > 0) throw new DomainError(violations);
}
