import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/mutations";
import { FormRefusedError, RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { storedSessionSelect, sessionFormValues, type StoredSession } from "@/lib/committee/stored";
import type { SessionInput, SessionUpdateInput } from "@/lib/committee/schema";
import { resolveFilingPrefecture } from "@/lib/events/filing-prefecture";

export type Tx = Prisma.TransactionClient;

export const loadSession = (tx: Tx, user: SessionUser, id: number): Promise<StoredSession | null> =>
  tx.committeeSession.findFirst({ where: { id, ...prefectureScope(user) }, select: storedSessionSelect });

/** The session, or "not found" when it is another prefecture's (the user cannot tell which). */
export async function requireSession(tx: Tx, user: SessionUser, id: number): Promise<StoredSession> {
  const session = await loadSession(tx, user, id);
  if (!session) throw new RecordNotFoundError();
  return session;
}

/** Once held, the agenda and its decisions are what the minutes record: nothing on them changes. */
export function refuseIfHeld(session: StoredSession): void {
  if (session.status !== "PLANNED") throw new FormRefusedError("committee.sessionHeld");
}

const sessionData = (input: SessionInput) => ({
  heldOn: input.heldOn, placeAr: input.placeAr, placeFr: input.placeFr, chairAr: input.chairAr, chairFr: input.chairFr,
  membersPresent: input.membersPresent, notesAr: input.notesAr, notesFr: input.notesFr,
});

/** A planned session of the user's own prefecture's CPDH (a national user names the prefecture). */
export async function createSession(user: SessionUser, input: SessionInput & { prefectureId?: number | null }): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const prefectureId = await resolveFilingPrefecture(tx, user, input.prefectureId);
    const created = await tx.committeeSession.create({ data: { ...sessionData(input), prefectureId }, select: storedSessionSelect });
    await recordAudit(tx, { actor: user, prefectureId, action: "CREATE", entityType: "CommitteeSession", entityId: created.id, after: created });
    return { id: created.id };
  });
}

/** Saves over the version the form was opened at. A held session's texts may still be corrected (its minutes follow). */
export async function updateSession(user: SessionUser, id: number, input: SessionUpdateInput): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await requireSession(tx, user, id);
    if (before.version !== input.version) throw new VersionConflictError(sessionFormValues(before), before.version);
    const { count } = await tx.committeeSession.updateMany({ where: { id, version: input.version }, data: { ...sessionData(input), version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(sessionFormValues(before), before.version + 1);
    const after = await tx.committeeSession.findUniqueOrThrow({ where: { id }, select: storedSessionSelect });
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "CommitteeSession", entityId: id, before, after });
    return { id };
  });
}

/** HELD only when every item on the agenda has its decision (and there is an agenda). */
export async function markSessionHeld(user: SessionUser, id: number, input: { version: number }): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const before = await requireSession(tx, user, id);
    refuseIfHeld(before);
    if (before.version !== input.version) throw new FormRefusedError("conflict");
    const items = await tx.committeeAgendaItem.count({ where: { sessionId: id } });
    if (items === 0) throw new FormRefusedError("committee.agendaEmpty");
    const undecided = await tx.committeeAgendaItem.count({ where: { sessionId: id, decision: null } });
    if (undecided > 0) throw new FormRefusedError("committee.undecidedItems", { count: undecided });
    const { count } = await tx.committeeSession.updateMany({ where: { id, version: input.version, status: "PLANNED" }, data: { status: "HELD", version: { increment: 1 } } });
    if (count !== 1) throw new FormRefusedError("conflict");
    const after = await tx.committeeSession.findUniqueOrThrow({ where: { id }, select: storedSessionSelect });
    await recordAudit(tx, { actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "CommitteeSession", entityId: id, before, after });
    return { id };
  });
}

/** Applications of a call that the committee has not settled: not yet screened, or eligible and waiting. */
export const UNDECIDED_APPLICATION_STATUSES = ["RECEIVED", "ELIGIBLE"];

/**
 * Marks a call's results public (its public page then lists the approved projects). Only a call with an
 * application on this session's agenda, and only once every application of the call is decided.
 */
export async function publishCallResults(user: SessionUser, sessionId: number, input: { callId: number }): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const session = await requireSession(tx, user, sessionId);
    const call = await tx.callForProjects.findFirst({
      where: { id: input.callId, prefectureId: session.prefectureId, applications: { some: { agendaItems: { some: { sessionId } } } } },
      select: { id: true, slug: true, resultsPublic: true, version: true },
    });
    if (!call) throw new RecordNotFoundError();
    const undecided = await tx.application.count({ where: { callId: call.id, status: { in: UNDECIDED_APPLICATION_STATUSES } } });
    if (undecided > 0) throw new FormRefusedError("committee.callNotAllDecided", { count: undecided });
    if (call.resultsPublic) return { slug: call.slug };
    await tx.callForProjects.update({ where: { id: call.id }, data: { resultsPublic: true, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user, prefectureId: session.prefectureId, action: "UPDATE", entityType: "CallForProjects", entityId: call.id,
      before: { resultsPublic: false }, after: { resultsPublic: true },
    });
    return { slug: call.slug };
  });
}
