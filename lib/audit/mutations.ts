import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toAuditJson } from "@/lib/audit/serialize";
import { insertRows } from "@/lib/bulk-insert";
import type { AuditInput } from "@/lib/audit/types";

/**
 * Writes one audit entry inside the caller's transaction, so the change and its trace commit together or
 * not at all. Entries are only ever created: nothing in the app updates or deletes them.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: auditRow(entry) });
}

/** Many entries in a few statements (an import writes one per record), in the caller's transaction too. */
export async function recordAuditMany(tx: Prisma.TransactionClient, entries: AuditInput[]): Promise<void> {
  const at = new Date(); // what @default(now()) would give; a raw INSERT must say it
  await insertRows(tx, "AuditEntry", entries.map((entry) => ({ ...auditRow(entry), at })));
}

function auditRow(entry: AuditInput) {
  return {
    userId: entry.actor.id,
    userEmail: entry.actor.email,
    prefectureId: entry.prefectureId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: toAuditJson(entry.before),
    after: toAuditJson(entry.after),
    reason: entry.reason ?? null,
  };
}
