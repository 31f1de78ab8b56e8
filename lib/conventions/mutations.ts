import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, type Violation } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { checkMilestoneTranches, checkRecordedDate, moroccoToday } from "@/lib/conventions/rules";
import { auditSnapshot, storedConventionSelect, toFormValues, type StoredConvention } from "@/lib/conventions/snapshot";
import type { ConventionInput, ConventionUpdateInput, MilestoneReachedInput, SignConventionInput } from "@/lib/conventions/schema";

type Tx = Prisma.TransactionClient;

/** The grant a convention belongs to, looked up inside the user's prefecture (else: not found). */
async function findGrant(tx: Tx, user: SessionUser, grantId: number) {
  const grant = await tx.grant.findFirst({
    where: { id: grantId, ...prefectureScope(user) },
    select: {
      id: true, prefectureId: true, approvedOn: true, status: true,
      tranches: { select: { id: true }, orderBy: { position: "asc" } },
      convention: { select: storedConventionSelect },
    },
  });
  if (!grant) throw new RecordNotFoundError();
  return grant;
}

async function validate(tx: Tx, grant: { id: number; prefectureId: number; tranches: { id: number }[] }, input: ConventionInput, conventionId: number | null) {
  const violations: Violation[] = checkMilestoneTranches(input.milestones, grant.tranches.map((t) => t.id));
  const taken = await tx.convention.findFirst({
    where: { prefectureId: grant.prefectureId, reference: input.reference, ...(conventionId ? { id: { not: conventionId } } : {}) },
    select: { id: true },
  });
  if (taken) violations.push({ field: "reference", code: "convention.referenceTaken" });
  if (violations.length > 0) throw new DomainError(violations);
}

const columns = (input: ConventionInput) => ({
  reference: input.reference,
  obligationsAr: input.obligationsAr,
  obligationsFr: input.obligationsFr,
  resultsAr: input.resultsAr,
  resultsFr: input.resultsFr,
});

const milestoneRows = (input: ConventionInput) =>
  input.milestones.map((m, i) => ({ position: i + 1, labelAr: m.labelAr, labelFr: m.labelFr, dueOn: m.dueOn, trancheId: m.trancheId }));

const reload = (tx: Tx, id: number): Promise<StoredConvention> => tx.convention.findUniqueOrThrow({ where: { id }, select: storedConventionSelect });

/** Prepares the convention of a grant (one per grant), with its milestones; audited. */
export async function createConvention(user: SessionUser, grantId: number, input: ConventionInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const grant = await findGrant(tx, user, grantId);
    if (grant.convention) throw new FormRefusedError("convention.alreadyExists");
    if (grant.status === "CANCELLED") throw new FormRefusedError("convention.grantCancelled");
    await validate(tx, grant, input, null);
    const { id } = await tx.convention.create({
      data: { ...columns(input), prefectureId: grant.prefectureId, grantId: grant.id, milestones: { create: milestoneRows(input) } },
      select: { id: true },
    });
    await recordAudit(tx, { actor: user, prefectureId: grant.prefectureId, action: "CREATE", entityType: "Convention", entityId: id, after: auditSnapshot(await reload(tx, id)) });
    return { id };
  });
}

/** The convention of the grant, writable: not signed yet (a signed text is what both parties agreed to). */
async function findUnsigned(tx: Tx, user: SessionUser, grantId: number, version: number) {
  const grant = await findGrant(tx, user, grantId);
  const before = grant.convention;
  if (!before) throw new RecordNotFoundError();
  if (before.version !== version) throw new VersionConflictError(toFormValues(before), before.version);
  if (before.signedOn) throw new FormRefusedError("convention.signedLocked");
  return { grant, before };
}

/** Saves over the version the form was opened at; milestones are rewritten (none is reached before signing). */
export async function updateConvention(user: SessionUser, grantId: number, input: ConventionUpdateInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const { grant, before } = await findUnsigned(tx, user, grantId, input.version);
    await validate(tx, grant, input, before.id);
    // The version in the where clause closes the gap between the read above and this write.
    const { count } = await tx.convention.updateMany({ where: { id: before.id, version: input.version, signedOn: null }, data: { ...columns(input), version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(toFormValues(before), before.version + 1);
    await tx.conventionMilestone.deleteMany({ where: { conventionId: before.id } });
    await tx.conventionMilestone.createMany({ data: milestoneRows(input).map((m) => ({ ...m, conventionId: before.id })) });
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Convention", entityId: before.id,
      before: auditSnapshot(before), after: auditSnapshot(await reload(tx, before.id)),
    });
    return { id: before.id };
  });
}

/**
 * Records the signature date. Every tranche must be released by a milestone first: once signed, a tranche
 * without one could never be paid (payGrantTranche pays only against a reached milestone).
 */
export async function signConvention(user: SessionUser, grantId: number, input: SignConventionInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const { grant, before } = await findUnsigned(tx, user, grantId, input.version);
    const dateRefusal = checkRecordedDate(input.signedOn, grant.approvedOn, moroccoToday());
    if (dateRefusal) throw new DomainError([{ field: "signedOn", code: dateRefusal }]);
    const released = new Set(before.milestones.map((m) => m.trancheId));
    if (grant.tranches.some((t) => !released.has(t.id))) throw new FormRefusedError("convention.trancheWithoutMilestone");
    const { count } = await tx.convention.updateMany({ where: { id: before.id, version: input.version, signedOn: null }, data: { signedOn: input.signedOn, version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(toFormValues(before), before.version + 1);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Convention", entityId: before.id,
      before: { signedOn: null, version: before.version }, after: { signedOn: input.signedOn.toISOString().slice(0, 10), version: before.version + 1 },
    });
    return { id: before.id };
  });
}

/** The one change a signed convention accepts: the date a milestone was reached (once, not in the future). */
export async function recordMilestoneReached(user: SessionUser, grantId: number, input: MilestoneReachedInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const grant = await findGrant(tx, user, grantId);
    const before = grant.convention;
    if (!before) throw new RecordNotFoundError();
    const milestone = before.milestones.find((m) => m.id === input.milestoneId);
    if (!milestone) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError({ reachedOn: "" }, before.version);
    if (!before.signedOn) throw new FormRefusedError("convention.notSigned");
    if (milestone.reachedOn) throw new FormRefusedError("convention.alreadyReached");
    const dateRefusal = checkRecordedDate(input.reachedOn, before.signedOn, moroccoToday());
    if (dateRefusal) throw new DomainError([{ field: "reachedOn", code: dateRefusal }]);
    const { count } = await tx.convention.updateMany({ where: { id: before.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError({ reachedOn: "" }, before.version + 1);
    await tx.conventionMilestone.update({ where: { id: milestone.id }, data: { reachedOn: input.reachedOn } });
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Convention", entityId: before.id,
      before: auditSnapshot(before), after: auditSnapshot(await reload(tx, before.id)),
    });
    return { id: before.id };
  });
}
