import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toAuditJson } from "@/lib/audit/serialize";
import { insertRows } from "@/lib/bulk-insert";
import { NAMES_KEY, refKey, refsOf } from "@/lib/audit/fields";
import { loadNames } from "@/lib/audit/queries-names";
import type { StoredName } from "@/lib/audit/present";
import type { AuditInput } from "@/lib/audit/types";

/**
 * Writes one audit entry inside the caller's transaction, so the change and its trace commit together or
 * not at all. Entries are only ever created: nothing in the app deletes them, and the one update is law
 * 09-08's erasure, which blanks an expired application's personal fields in its entries (lib/applications/retention.ts).
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await recordAuditMany(tx, [entry], { single: true });
}

/** Many entries in a few statements (an import writes one per record), in the caller's transaction too. */
export async function recordAuditMany(tx: Prisma.TransactionClient, entries: AuditInput[], { single = false } = {}): Promise<void> {
  // The names of linked records (cooperative, partners...) as they are now, kept with each snapshot: the
  // history then reads "ODCO" even after the organisation is renamed or deleted.
  const names = await loadNames(tx, entries.flatMap((e) => [...refsOf(e.entityType, e.before ?? null), ...refsOf(e.entityType, e.after ?? null)]));
  const rows = entries.map((entry) => auditRow(entry, names));
  if (single) {
    await tx.auditEntry.create({ data: rows[0]! });
    return;
  }
  const at = new Date(); // what @default(now()) would give; a raw INSERT must say it
  await insertRows(tx, "AuditEntry", rows.map((row) => ({ ...row, at })));
}

function withNames(entityType: string, snapshot: Record<string, unknown> | null | undefined, names: Map<string, StoredName>) {
  if (!snapshot) return snapshot;
  const own = Object.fromEntries(refsOf(entityType, snapshot).flatMap((ref) => (names.has(refKey(ref)) ? [[refKey(ref), names.get(refKey(ref))!]] : [])));
  return Object.keys(own).length === 0 ? snapshot : { ...snapshot, [NAMES_KEY]: own };
}

function auditRow(entry: AuditInput, names: Map<string, StoredName>) {
  return {
    userId: entry.actor.id,
    userEmail: entry.actor.email,
    prefectureId: entry.prefectureId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    before: toAuditJson(withNames(entry.entityType, entry.before, names)),
    after: toAuditJson(withNames(entry.entityType, entry.after, names)),
    reason: entry.reason ?? null,
  };
}
