import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { DomainError, type Violation } from "@/lib/domain-error";
import { resolveFilingPrefecture } from "@/lib/events/filing-prefecture";
import { slugify } from "@/lib/events/slug";
import { auditSnapshot, storedCallSelect, toFormValues, type StoredCall } from "@/lib/calls/stored-call";
import { lockedChanges } from "@/lib/calls/locks";
import type { CallCreateInput, CallInput, CallUpdateInput } from "@/lib/calls/schema";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/** What the action needs to refresh public pages. */
export type CallWriteResult = { id: number; slug: string };

const loadStored = (tx: Tx, user: SessionUser, id: number) =>
  tx.callForProjects.findFirst({ where: { id, ...prefectureScope(user) }, select: storedCallSelect }) as Promise<StoredCall | null>;

// Named one by one: a caller's extra properties (id, prefectureId, status...) never reach the row.
const callData = (i: CallInput) => ({
  reference: i.reference, titleAr: i.titleAr, titleFr: i.titleFr, textAr: i.textAr, textFr: i.textFr, programmeId: i.programmeId,
  opensAt: i.opensAt, closesAt: i.closesAt, envelopeCentimes: i.envelopeCentimes,
});

/** The programme exists and every chosen axis belongs to it; the reference is not used by another call of the prefecture. */
async function checkReferences(tx: Tx, prefectureId: number, input: CallInput, exceptId?: number) {
  const violations: Violation[] = [];
  const programme = await tx.programme.findUnique({ where: { id: input.programmeId }, select: { axes: { select: { id: true } } } });
  if (!programme) violations.push({ field: "programmeId", code: "unknownProgramme" });
  else if (input.axes.some((id) => !programme.axes.some((a) => a.id === id))) violations.push({ field: "axes", code: "axisNotInProgramme" });
  const sameReference = await tx.callForProjects.findFirst({ where: { prefectureId, reference: input.reference, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (sameReference) violations.push({ field: "reference", code: "calls.referenceTaken" });
  if (violations.length > 0) throw new DomainError(violations);
}

/**
 * The public address /calls/<slug>, from the French title (or the Arabic one transliterated) and the
 * opening year. Unique across the country; a taken one gets the first free -2, -3... Never changes after
 * creation, so links already shared keep working.
 */
async function freeSlug(tx: Tx, input: CallInput): Promise<string> {
  const year = String(input.opensAt.getUTCFullYear());
  const words = slugify(input.titleFr) || slugify(input.titleAr) || "appel";
  const base = (words.split("-").includes(year) ? words : `${words}-${year}`).slice(0, 100).replace(/-+$/, "");
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.callForProjects.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

async function writeLists(tx: Tx, callId: number, input: CallInput) {
  await tx.callAxis.deleteMany({ where: { callId } });
  await tx.callRequiredDocument.deleteMany({ where: { callId } });
  await tx.callCriterion.deleteMany({ where: { callId } });
  await tx.callAxis.createMany({ data: input.axes.map((axisId) => ({ callId, axisId })) });
  await tx.callRequiredDocument.createMany({ data: input.documents.map((d, i) => ({ callId, position: i + 1, labelAr: d.labelAr, labelFr: d.labelFr })) });
  await tx.callCriterion.createMany({ data: input.criteria.map((c, i) => ({ callId, position: i + 1, labelAr: c.labelAr, labelFr: c.labelFr, weight: c.weight })) });
}

/** A new call, as a draft, in its prefecture (a national user names it, as for events). */
export async function createCall(user: SessionUser, input: CallCreateInput): Promise<CallWriteResult> {
  return getDb().$transaction(async (tx) => {
    const prefectureId = await resolveFilingPrefecture(tx, user, input.prefectureId);
    await checkReferences(tx, prefectureId, input);
    const slug = await freeSlug(tx, input);
    const { id } = await tx.callForProjects.create({ data: { ...callData(input), slug, prefectureId, status: "DRAFT" }, select: { id: true } });
    await writeLists(tx, id, input);
    const after = (await loadStored(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId, action: "CREATE", entityType: "CallForProjects", entityId: id, after: auditSnapshot(after) });
    return { id, slug };
  });
}

type Change = (before: StoredCall) => { data: Record<string, unknown>; reason?: string };

/** One versioned write of a call: scope, version, the change, the audit entry (all in one transaction). */
async function changeCall(user: SessionUser, id: number, version: number, change: Change): Promise<CallWriteResult> {
  return getDb().$transaction(async (tx) => {
    const before = await loadStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== version) throw new VersionConflictError(toFormValues(before), before.version);
    const { data, reason } = change(before);
    const { count } = await tx.callForProjects.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const current = (await loadStored(tx, user, id))!;
      throw new VersionConflictError(toFormValues(current), current.version);
    }
    const after = (await loadStored(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "CallForProjects", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after), reason: reason ?? null });
    return { id, slug: before.slug };
  });
}

/**
 * Saves over version `input.version` only. A published call keeps its programme, reference, opening and
 * envelope (they were announced); once an application exists its axes, documents and grid stay as the
 * applicants saw them (their files and the reviews' scores point to them). A cancelled call is not edited.
 */
export async function updateCall(user: SessionUser, id: number, input: CallUpdateInput): Promise<CallWriteResult> {
  return getDb().$transaction(async (tx) => {
    const before = await loadStored(tx, user, id);
    if (!before) throw new RecordNotFoundError();
    if (before.version !== input.version) throw new VersionConflictError(toFormValues(before), before.version);
    if (before.status === "CANCELLED") throw new FormRefusedError("calls.cancelledLocked");
    const locked = lockedChanges(before, input);
    if (locked.length > 0) throw new DomainError(locked);
    await checkReferences(tx, before.prefectureId, input, id);
    const { count } = await tx.callForProjects.updateMany({ where: { id, version: input.version }, data: { ...callData(input), version: { increment: 1 } } });
    if (count === 0) {
      const current = (await loadStored(tx, user, id))!;
      throw new VersionConflictError(toFormValues(current), current.version);
    }
    // Rewritten only when nothing points to them yet (no application): lockedChanges refused any change after.
    if (before._count.applications === 0) await writeLists(tx, id, input);
    const after = (await loadStored(tx, user, id))!;
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "CallForProjects", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { id, slug: before.slug };
  });
}

/** A draft goes public: /calls/<slug> answers and, between opening and closing, applications are taken. */
export function publishCall(user: SessionUser, id: number, input: { version: number }): Promise<CallWriteResult> {
  return changeCall(user, id, input.version, (before) => {
    if (before.status !== "DRAFT") throw new FormRefusedError("calls.notDraft");
    return { data: { status: "PUBLISHED", publishedAt: before.publishedAt ?? new Date() } };
  });
}

/** Withdraws a draft or a published call for good; the reason stays in the audit trail. */
export function cancelCall(user: SessionUser, id: number, input: { version: number; reason: string }): Promise<CallWriteResult> {
  return changeCall(user, id, input.version, (before) => {
    if (before.status === "CANCELLED") throw new FormRefusedError("calls.alreadyCancelled");
    return { data: { status: "CANCELLED" }, reason: input.reason };
  });
}

/** Shows (or hides again) the committee's results on the call's public page; only a published call has one. */
export function setCallResultsPublic(user: SessionUser, id: number, input: { version: number; resultsPublic: boolean }): Promise<CallWriteResult> {
  return changeCall(user, id, input.version, (before) => {
    if (before.status !== "PUBLISHED") throw new FormRefusedError("calls.resultsNeedPublished");
    return { data: { resultsPublic: input.resultsPublic } };
  });
}
