import "server-only";
// Whether a cooperative has a public page, and which cooperatives an event presented. Both are decisions
// of the prefecture's staff about what the public sees; both are versioned or idempotent, and audited.
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import type { CooperativePublicationInput } from "@/lib/cooperatives/publication-schema";

export async function setCooperativePublic(user: SessionUser, id: number, input: CooperativePublicationInput): Promise<{ id: number; changed: boolean }> {
  return getDb().$transaction(async (tx) => {
    const before = await tx.cooperative.findFirst({ where: { id, ...prefectureScope(user) }, select: { prefectureId: true, isPublic: true, version: true } });
    if (!before) throw new RecordNotFoundError();
    const current = { isPublic: String(before.isPublic) };
    if (before.version !== input.version) throw new VersionConflictError(current, before.version);
    // Already in the asked state (a repeated submit): nothing to write, nothing to audit.
    if (before.isPublic === input.isPublic) return { id, changed: false };
    const { count } = await tx.cooperative.updateMany({ where: { id, version: input.version }, data: { isPublic: input.isPublic, version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(current, before.version + 1);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Cooperative", entityId: id,
      before: { isPublic: before.isPublic, version: before.version }, after: { isPublic: input.isPublic, version: before.version + 1 },
    });
    return { id, changed: true };
  });
}

/** Adds a cooperative of the event's prefecture, found by register number, to the event's list. */
export async function addEventCooperative(user: SessionUser, eventId: number, input: { registerNumber: string }): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findFirst({ where: { id: eventId, ...prefectureScope(user) }, select: { id: true, prefectureId: true, slug: true } });
    if (!event) throw new RecordNotFoundError();
    const cooperative = await tx.cooperative.findFirst({ where: { prefectureId: event.prefectureId, registerNumber: input.registerNumber }, select: { id: true } });
    if (!cooperative) throw new DomainError([{ field: "registerNumber", code: "eventCooperatives.unknownRegisterNumber" }]);
    const already = await tx.eventCooperative.findUnique({ where: { eventId_cooperativeId: { eventId: event.id, cooperativeId: cooperative.id } } });
    if (already) throw new DomainError([{ field: "registerNumber", code: "eventCooperatives.alreadyListed" }]);
    await tx.eventCooperative.create({ data: { eventId: event.id, cooperativeId: cooperative.id } });
    await recordAudit(tx, { actor: user, prefectureId: event.prefectureId, action: "UPDATE", entityType: "Event", entityId: event.id, after: { presentedCooperativeAdded: input.registerNumber } });
    return { slug: event.slug };
  });
}

export async function removeEventCooperative(user: SessionUser, eventId: number, cooperativeId: number): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.event.findFirst({ where: { id: eventId, ...prefectureScope(user) }, select: { id: true, prefectureId: true, slug: true } });
    if (!event) throw new RecordNotFoundError();
    const link = await tx.eventCooperative.findUnique({ where: { eventId_cooperativeId: { eventId: event.id, cooperativeId } }, select: { cooperative: { select: { registerNumber: true } } } });
    if (!link) throw new RecordNotFoundError();
    await tx.eventCooperative.delete({ where: { eventId_cooperativeId: { eventId: event.id, cooperativeId } } });
    await recordAudit(tx, { actor: user, prefectureId: event.prefectureId, action: "UPDATE", entityType: "Event", entityId: event.id, before: { presentedCooperativeRemoved: link.cooperative.registerNumber } });
    return { slug: event.slug };
  });
}
