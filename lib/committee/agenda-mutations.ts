import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { recordAuditMany } from "@/lib/audit/mutations";
import type { AuditInput } from "@/lib/audit/types";
import { DomainError } from "@/lib/domain-error";
import { FormRefusedError } from "@/lib/actions/errors";
import { averageScore, rankOrder } from "@/lib/committee/ranking";
import { refuseIfHeld, requireSession, type Tx } from "@/lib/committee/mutations";
import { storedItemSelect } from "@/lib/committee/stored";

/** Applications the committee may take up: eligible after screening, or deferred by an earlier session. */
export const AGENDA_READY_STATUSES = ["ELIGIBLE", "DEFERRED"];

/** Where a candidate must not already sit: on any agenda where it still waits for a decision. */
export const notOnAnOpenAgenda = { agendaItems: { none: { decision: null } } };

const reviewSelect = { reviews: { select: { totalScore: true, submittedAt: true, hasConflict: true } } };

/**
 * Gives every item of the session its rank from the scores stored on the agenda (re-scored first when
 * `rescore`), and audits the items whose rank or score changed.
 */
async function rankAgenda(tx: Tx, user: SessionUser, sessionId: number, prefectureId: number, rescore: boolean, created = new Set<number>()): Promise<void> {
  const items = await tx.committeeAgendaItem.findMany({
    where: { sessionId },
    select: { ...storedItemSelect, application: { select: { submittedAt: true, ...reviewSelect } } },
  });
  const stored = new Map(items.map(({ application: _, ...item }) => [item.id, item]));
  const scored = items.map((item) => {
    const score = rescore ? (averageScore(item.application.reviews)?.rounded ?? null) : item.scoreAtAgenda;
    return { id: item.id, applicationId: item.applicationId, average: score, submittedAt: item.application.submittedAt };
  });
  const audits: AuditInput[] = [];
  for (const { id, rank, average } of rankOrder(scored)) {
    const before = stored.get(id)!;
    if (before.rank === rank && before.scoreAtAgenda === average) continue;
    await tx.committeeAgendaItem.update({ where: { id }, data: { rank, scoreAtAgenda: average } });
    // Items created by this same write get their CREATE entry with their rank, not a CREATE and an UPDATE.
    if (!created.has(id)) audits.push({ actor: user, prefectureId, action: "UPDATE", entityType: "CommitteeAgendaItem", entityId: id, before, after: { ...before, rank, scoreAtAgenda: average } });
  }
  if (audits.length > 0) await recordAuditMany(tx, audits);
}

async function addInTransaction(tx: Tx, user: SessionUser, sessionId: number, applicationIds: number[]): Promise<{ added: number }> {
  const session = await requireSession(tx, user, sessionId);
  refuseIfHeld(session);
  // Only the session's prefecture's applications that are ready and not waiting on another agenda: an id
  // typed or forged for anything else is refused as a whole, nothing added.
  const applications = await tx.application.findMany({
    where: { id: { in: applicationIds }, prefectureId: session.prefectureId, status: { in: AGENDA_READY_STATUSES }, ...notOnAnOpenAgenda },
    select: { id: true, ...reviewSelect },
  });
  if (applications.length !== applicationIds.length) throw new DomainError([{ field: "applicationIds", code: "committee.notEligible" }]);
  const created = new Set<number>();
  for (const application of applications) {
    const item = await tx.committeeAgendaItem.create({
      data: { sessionId, applicationId: application.id, rank: 0, scoreAtAgenda: averageScore(application.reviews)?.rounded ?? null },
      select: { id: true },
    });
    created.add(item.id);
  }
  await rankAgenda(tx, user, sessionId, session.prefectureId, false, created);
  const items = await tx.committeeAgendaItem.findMany({ where: { id: { in: [...created] } }, select: storedItemSelect, orderBy: { rank: "asc" } });
  await recordAuditMany(tx, items.map((item) => ({
    actor: user, prefectureId: session.prefectureId, action: "CREATE" as const, entityType: "CommitteeAgendaItem", entityId: item.id, after: item,
  })));
  return { added: applications.length };
}

/** Puts the chosen applications on the agenda, scored as they are now, and ranks the whole agenda. */
export async function addAgendaItems(user: SessionUser, sessionId: number, input: { applicationIds: number[] }): Promise<{ added: number }> {
  return getDb().$transaction((tx) => addInTransaction(tx, user, sessionId, input.applicationIds));
}

/** Every application of the call that could go on the agenda now ("add all eligible of call X"). */
export async function addEligibleOfCall(user: SessionUser, sessionId: number, input: { callId: number }): Promise<{ added: number }> {
  return getDb().$transaction(async (tx) => {
    const session = await requireSession(tx, user, sessionId);
    const candidates = await tx.application.findMany({
      where: { callId: input.callId, prefectureId: session.prefectureId, status: { in: AGENDA_READY_STATUSES }, ...notOnAnOpenAgenda },
      select: { id: true },
    });
    if (candidates.length === 0) throw new FormRefusedError("committee.noneEligible");
    return addInTransaction(tx, user, sessionId, candidates.map((c) => c.id));
  });
}

/** Scores every item again from the reviews as they are now, and ranks the agenda by those scores. */
export async function rerankAgenda(user: SessionUser, sessionId: number): Promise<{ id: number }> {
  return getDb().$transaction(async (tx) => {
    const session = await requireSession(tx, user, sessionId);
    refuseIfHeld(session);
    await rankAgenda(tx, user, sessionId, session.prefectureId, true);
    return { id: sessionId };
  });
}
