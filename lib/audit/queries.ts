import "server-only";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { prefectureScope } from "@/lib/auth/scope";
import { toEntries, type AuditPage } from "@/lib/audit/queries-page";

/** A record's history, newest first, as the user may see it (only their prefecture's entries). */
export async function getRecordHistory(user: SessionUser, entityType: string, entityId: number | string): Promise<Omit<AuditPage, "total">> {
  const rows = await getDb().auditEntry.findMany({
    where: { entityType, entityId: String(entityId), ...prefectureScope(user) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, at: true, userEmail: true, user: { select: { name: true } }, action: true, entityType: true, entityId: true, reason: true, before: true, after: true },
  });
  return toEntries(rows);
}
