import "server-only";
import { getDb } from "@/lib/db";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { can } from "@/lib/auth/roles";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";
import type { GrantPublicationInput } from "@/lib/open-data/schema";

/**
 * Marks a grant public (listed in the 360Giving open-data export) or not. Only what changes is audited:
 * the flag and the version, so the grant's history shows exactly who disclosed it and when.
 * Publishing bumps the grant's version like any other write, so an edit opened before it is refused
 * rather than silently saved over a publication decision.
 */
export async function setGrantPublic(user: SessionUser, id: number, input: GrantPublicationInput): Promise<{ id: number; changed: boolean }> {
  // The action checks this already; repeated here because disclosure must never depend on one caller.
  if (!can(user.role, "records.publish")) throw new Error("records.publish is required to publish a grant.");
  return getDb().$transaction(async (tx) => {
    // Another prefecture's grant and a missing one look the same to the user: not found.
    const before = await tx.grant.findFirst({ where: { id, ...prefectureScope(user) }, select: { prefectureId: true, isPublic: true, isDemo: true, version: true } });
    if (!before) throw new RecordNotFoundError();
    // Open data carries no "demonstration" label: an invented grant published there would read as a real
    // one. Withdrawing a demonstration grant stays possible (it cleans up a flag set before this rule).
    if (input.isPublic && before.isDemo) throw new DomainError([{ field: "isPublic", code: "demoNotPublishable" }]);
    const current = { isPublic: String(before.isPublic) };
    if (before.version !== input.version) throw new VersionConflictError(current, before.version);
    // Already in the asked state (a forged or repeated request): nothing to write, nothing to audit.
    if (before.isPublic === input.isPublic) return { id, changed: false };
    // The version in the where clause closes the gap between the read above and this write.
    const { count } = await tx.grant.updateMany({ where: { id, version: input.version }, data: { isPublic: input.isPublic, version: { increment: 1 } } });
    if (count !== 1) throw new VersionConflictError(current, before.version + 1);
    await recordAudit(tx, {
      actor: user, prefectureId: before.prefectureId, action: "UPDATE", entityType: "Grant", entityId: id,
      before: { isPublic: before.isPublic, version: before.version },
      after: { isPublic: input.isPublic, version: before.version + 1 },
    });
    return { id, changed: true };
  });
}
