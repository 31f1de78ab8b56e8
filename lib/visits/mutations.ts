import "server-only";
// Visits to funded projects and their baselines. A visit may record that a convention milestone was
// reached (the same rules as the convention page: signed convention, date not before the signature nor in
// the future), which is what lets the tranche it releases be paid. Photos are processed before the
// transaction (lib/photos/uploads.ts) and written inside it, so a refused visit keeps none.
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, type Violation } from "@/lib/domain-error";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { checkRecordedDate, moroccoToday } from "@/lib/conventions/rules";
import { auditSnapshot as conventionAuditSnapshot, storedConventionSelect } from "@/lib/conventions/snapshot";
import type { ProcessedPhoto } from "@/lib/photos/process";
import { deletePhotos, storePhotos } from "@/lib/photos/store";
import { refreshGrantLatestVisit } from "@/lib/dashboards/latest-visit";
import type { BaselineInput, VisitInput, VisitUpdateInput } from "@/lib/visits/schema";
import {
  baselineAuditSnapshot, baselineFormValues, storedBaselineSelect, storedVisitSelect, visitAuditSnapshot, visitFormValues, type StoredVisit,
} from "@/lib/visits/snapshot";

type Tx = Prisma.TransactionClient;

/** The funded grant, inside the user's prefecture (else not found), with its convention's milestones. */
async function findGrant(tx: Tx, user: SessionUser, grantId: number) {
  const grant = await tx.grant.findFirst({
    where: { id: grantId, ...prefectureScope(user) },
    select: {
      id: true, prefectureId: true, cooperativeId: true, approvedOn: true, isDemo: true,
      convention: { select: { id: true, signedOn: true, milestones: { select: { id: true, reachedOn: true } } } },
    },
  });
  if (!grant) throw new RecordNotFoundError();
  return grant;
}
type VisitedGrant = Awaited<ReturnType<typeof findGrant>>;

/** The visit, inside the user's prefecture (else not found). */
async function findVisit(tx: Tx, user: SessionUser, visitId: number): Promise<StoredVisit> {
  const visit = await tx.visit.findFirst({ where: { id: visitId, ...prefectureScope(user) }, select: storedVisitSelect });
  if (!visit) throw new RecordNotFoundError();
  return visit;
}

/**
 * The date and milestone of a visit. The visit happened after the decision and not in the future; a
 * milestone it records must be one of this grant's, under a signed convention, not reached yet (or reached
 * by this same visit), and the visit not before the signature.
 */
function checkVisit(grant: VisitedGrant, input: VisitInput, ownMilestoneId: number | null): Violation[] {
  const violations: Violation[] = [];
  const dateRefusal = checkRecordedDate(input.visitedOn, grant.approvedOn, moroccoToday());
  if (dateRefusal) violations.push({ field: "visitedOn", code: dateRefusal });
  if (input.milestoneId !== null && input.milestoneId !== ownMilestoneId) {
    const milestone = grant.convention?.milestones.find((m) => m.id === input.milestoneId);
    if (!milestone || !grant.convention) violations.push({ field: "milestoneId", code: "visits.unknownMilestone" });
    else if (!grant.convention.signedOn) violations.push({ field: "milestoneId", code: "convention.notSigned" });
    else if (milestone.reachedOn) violations.push({ field: "milestoneId", code: "convention.alreadyReached" });
    else if (input.visitedOn.getTime() < grant.convention.signedOn.getTime()) violations.push({ field: "visitedOn", code: "convention.dateTooEarly" });
  }
  return violations;
}

const columns = (input: VisitInput) => ({
  visitedOn: input.visitedOn,
  visitors: input.visitors,
  findings: input.findings,
  projectState: input.projectState,
  milestoneId: input.milestoneId,
  jobs: input.jobs,
  jobsWomen: input.jobsWomen,
  jobsYoung: input.jobsYoung,
  members: input.members,
  annualRevenueCentimes: input.annualRevenue,
  productionQuantity: input.productionQuantity,
});

/**
 * Marks the milestone reached on the visit's date, moving the convention's version (its page may be open)
 * and writing the convention's own audit entry, as the convention page does.
 */
async function reachMilestone(tx: Tx, user: SessionUser, grant: VisitedGrant, milestoneId: number, on: Date) {
  const conventionId = grant.convention!.id;
  const before = await tx.convention.findUniqueOrThrow({ where: { id: conventionId }, select: storedConventionSelect });
  const { count } = await tx.conventionMilestone.updateMany({ where: { id: milestoneId, reachedOn: null }, data: { reachedOn: on } });
  if (count !== 1) throw new DomainError([{ field: "milestoneId", code: "convention.alreadyReached" }]);
  const after = await tx.convention.update({ where: { id: conventionId }, data: { version: { increment: 1 } }, select: storedConventionSelect });
  await recordAudit(tx, {
    actor: user, prefectureId: grant.prefectureId, action: "UPDATE", entityType: "Convention", entityId: conventionId,
    before: conventionAuditSnapshot(before), after: conventionAuditSnapshot(after),
  });
}

const photoCount = (tx: Tx, visitId: number) => tx.photo.count({ where: { visitId } });

export async function createVisit(user: SessionUser, grantId: number, input: VisitInput, photos: ProcessedPhoto[]): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const grant = await findGrant(tx, user, grantId);
    const violations = checkVisit(grant, input, null);
    if (violations.length > 0) throw new DomainError(violations);
    if (input.milestoneId !== null) await reachMilestone(tx, user, grant, input.milestoneId, input.visitedOn);
    const visit = await tx.visit.create({
      data: { ...columns(input), prefectureId: grant.prefectureId, grantId: grant.id, recordedById: user.id, isDemo: grant.isDemo },
      select: storedVisitSelect,
    });
    await refreshGrantLatestVisit(tx, grant.id);
    await storePhotos(tx, { prefectureId: grant.prefectureId, uploadedById: user.id, visitId: visit.id, cooperativeId: grant.cooperativeId }, photos);
    await recordAudit(tx, { actor: user, prefectureId: grant.prefectureId, action: "CREATE", entityType: "Visit", entityId: visit.id, after: visitAuditSnapshot(visit, photos.length) });
    return { id: visit.id };
  }, { timeout: 30_000 });
}

/**
 * Saves over the version the form was opened at, adding the photos sent with it. A milestone the visit
 * recorded stays recorded: its tranche may already be paid on the strength of it.
 */
export async function updateVisit(user: SessionUser, visitId: number, input: VisitUpdateInput, photos: ProcessedPhoto[]): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await findVisit(tx, user, visitId);
    const grant = await findGrant(tx, user, before.grantId);
    if (before.version !== input.version) throw new VersionConflictError(visitFormValues(before), before.version);
    if (before.milestoneId !== null && input.milestoneId !== before.milestoneId) {
      throw new DomainError([{ field: "milestoneId", code: "visits.milestoneKept" }]);
    }
    const violations = checkVisit(grant, input, before.milestoneId);
    if (violations.length > 0) throw new DomainError(violations);
    if (input.milestoneId !== null && before.milestoneId === null) await reachMilestone(tx, user, grant, input.milestoneId, input.visitedOn);
    const { count } = await tx.visit.updateMany({ where: { id: before.id, version: input.version }, data: { ...columns(input), version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(visitFormValues(before), before.version + 1);
    await refreshGrantLatestVisit(tx, before.grantId);
    const photosBefore = await photoCount(tx, before.id);
    await storePhotos(tx, { prefectureId: before.prefectureId, uploadedById: user.id, visitId: before.id, cooperativeId: grant.cooperativeId }, photos);
    const after = await tx.visit.findUniqueOrThrow({ where: { id: before.id }, select: storedVisitSelect });
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Visit", entityId: before.id,
      before: visitAuditSnapshot(before, photosBefore), after: visitAuditSnapshot(after, photosBefore + photos.length),
    });
    return { id: before.id };
  }, { timeout: 30_000 });
}

/** Deletes a visit and its photos. A milestone it recorded stays reached (the project did reach it). */
export async function deleteVisit(user: SessionUser, visitId: number, input: { version: number; reason?: string | null }): Promise<{ grantId: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await findVisit(tx, user, visitId);
    if (before.version !== input.version) throw new VersionConflictError(visitFormValues(before), before.version);
    const photos = await deletePhotos(tx, { visitId: before.id });
    const { count } = await tx.visit.deleteMany({ where: { id: before.id, version: input.version } });
    if (count !== 1) throw new VersionConflictError(visitFormValues(before), before.version + 1);
    await refreshGrantLatestVisit(tx, before.grantId);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "DELETE", entityType: "Visit", entityId: before.id,
      before: visitAuditSnapshot(before, photos), reason: input.reason ?? null,
    });
    return { grantId: before.grantId };
  });
}

/** Writes the grant's baseline: created when the form says version 0, else saved over that version. */
export async function saveBaseline(user: SessionUser, grantId: number, input: BaselineInput): Promise<{ grantId: number }> {
  try {
    return await writeBaseline(user, grantId, input);
  } catch (error) {
    // Created meanwhile by someone else (the grant is its key): theirs is shown beside what this user typed.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const current = await getDb().grantBaseline.findUnique({ where: { grantId }, select: storedBaselineSelect });
    if (!current) throw error;
    throw new VersionConflictError(baselineFormValues(current), current.version);
  }
}

async function writeBaseline(user: SessionUser, grantId: number, input: BaselineInput): Promise<{ grantId: number }> {
  return getDb().$transaction(async (tx) => {
    const grant = await findGrant(tx, user, grantId);
    const before = await tx.grantBaseline.findUnique({ where: { grantId: grant.id }, select: storedBaselineSelect });
    const data = {
      jobs: input.jobs, jobsWomen: input.jobsWomen, jobsYoung: input.jobsYoung, members: input.members,
      annualRevenueCentimes: input.annualRevenue, productionQuantity: input.productionQuantity,
      productionUnitAr: input.productionUnitAr, productionUnitFr: input.productionUnitFr,
    };
    if (!before) {
      if (input.version !== 0) throw new FormRefusedError("notFound");
      const created = await tx.grantBaseline.create({ data: { ...data, grantId: grant.id }, select: storedBaselineSelect });
      await recordAudit(tx, { actor: user, prefectureId: grant.prefectureId, action: "CREATE", entityType: "GrantBaseline", entityId: grant.id, after: baselineAuditSnapshot(created) });
      return { grantId: grant.id };
    }
    // A form opened before the baseline existed (version 0) meets the one saved since: a conflict too.
    if (before.version !== input.version) throw new VersionConflictError(baselineFormValues(before), before.version);
    const { count } = await tx.grantBaseline.updateMany({ where: { grantId: grant.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(baselineFormValues(before), before.version + 1);
    const after = await tx.grantBaseline.findUniqueOrThrow({ where: { grantId: grant.id }, select: storedBaselineSelect });
    await recordAudit(tx, {
      actor: user, prefectureId: grant.prefectureId, action: "UPDATE", entityType: "GrantBaseline", entityId: grant.id,
      before: baselineAuditSnapshot(before), after: baselineAuditSnapshot(after),
    });
    return { grantId: grant.id };
  });
}
