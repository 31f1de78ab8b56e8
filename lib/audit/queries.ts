import "server-only";
import { getDb } from "@/lib/db";
import { fromAuditJson } from "@/lib/audit/serialize";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";

export type HistoryEntry = {
  id: number;
  at: Date;
  userEmail: string;
  action: string;
  reason: string | null;
  /** Fields whose value differs between before and after (all fields for a create or delete). */
  changes: { field: string; before: unknown; after: unknown }[];
};

const HIDDEN_FIELDS = new Set(["updatedAt", "createdAt", "version", "searchText", "passwordHash"]);

export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields]
    .filter((f) => !HIDDEN_FIELDS.has(f))
    .filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after?.[f] ?? null))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** A record's history, newest first, as the user may see it (only their prefecture's entries). */
export async function getRecordHistory(user: SessionUser, entityType: string, entityId: number | string): Promise<HistoryEntry[]> {
  const rows = await getDb().auditEntry.findMany({
    where: { entityType, entityId: String(entityId), ...prefectureScope(user) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, at: true, userEmail: true, action: true, reason: true, before: true, after: true },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    userEmail: row.userEmail,
    action: row.action,
    reason: row.reason,
    changes: diffSnapshots(fromAuditJson(row.before), fromAuditJson(row.after)),
  }));
}
