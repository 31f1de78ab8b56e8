// Law 09-08: what the application form's notice promises about retention, done. Five years after an
// application was not retained (rejected or deferred by the committee, or found ineligible at screening),
// the contact person's details and the documents are erased: the files deleted, the contact fields emptied,
// and the same fields blanked in the application's audit entries. The cooperative's identity (a public
// register), the project, its amounts and the decision stay, so the pipeline's figures do not change: the
// erasure says so (withFiguresUnchanged), and the dashboards' kept views survive it. Without that, each of a
// backlog's erasures made every view stale: with 20,000 applications due on the national benchmark's data, the
// 20 managers' dashboards were recomputed all through the erasure, 6.4 pages a second against 35.8 once the
// erasure said so (the same machine, the erasure still running; 2026-12-07).
// Approved applications are kept: their grant and convention are public records with their own archives.
// Run daily by the production server (server.ts) and on demand (`npm run data:retention`); idempotent.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/mutations";
import { withFiguresUnchanged } from "@/lib/data-changes/write-scope";

export const RETENTION_YEARS = 5;
/** Who the audit trail names for the erasure: no person, the rule. */
export const RETENTION_ACTOR = { id: null, email: "retention-09-08" } as const;
/** The audit snapshot fields that hold personal data of an application. */
const PERSONAL_AUDIT_FIELDS = ["contactName", "contactPhone", "contactEmail", "documents"] as const;
const ERASED = "—";
/** Applications erased per call, each in its own transaction (a long backlog is worked through in turns). */
const BATCH = 200;

/** The moment before which a decision is old enough: the same day and month, RETENTION_YEARS earlier. */
export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS);
  return cutoff;
}

/** The expired applications' where clause: not retained, decided (or screened out) before the cutoff. */
const expired = (cutoff: Date) => ({
  personalDataErasedAt: null,
  OR: [{ status: { in: ["REJECTED", "DEFERRED"] }, decidedAt: { lte: cutoff } }, { status: "INELIGIBLE", screenedAt: { lte: cutoff } }],
});

/** Blanks the personal fields of one audit snapshot (a JSON text), leaving everything else as it was. */
export function scrubAuditSnapshot(json: string | null): string | null {
  if (!json) return json;
  const snapshot = JSON.parse(json) as Record<string, unknown>;
  let changed = false;
  for (const field of PERSONAL_AUDIT_FIELDS) {
    if (field in snapshot && snapshot[field] !== null && snapshot[field] !== ERASED) {
      snapshot[field] = ERASED;
      changed = true;
    }
  }
  return changed ? JSON.stringify(snapshot) : json;
}

export type RetentionResult = { applications: number; files: number };

export async function eraseExpiredApplicantData(db: PrismaClient, now = new Date()): Promise<RetentionResult> {
  const result: RetentionResult = { applications: 0, files: 0 };
  for (;;) {
    const due = await db.application.findMany({ where: expired(retentionCutoff(now)), select: { id: true }, orderBy: { id: "asc" }, take: BATCH });
    for (const { id } of due) result.files += await eraseOne(db, id, now);
    result.applications += due.length;
    if (due.length < BATCH) return result;
  }
}

/** One application's erasure, whole or not at all; the number of files deleted. */
async function eraseOne(db: PrismaClient, id: number, now: Date): Promise<number> {
  return withFiguresUnchanged(() => db.$transaction(async (tx) => {
    // Checked again inside the transaction: another instance may have erased it a moment ago.
    const application = await tx.application.findFirst({ where: { id, ...expired(retentionCutoff(now)) }, select: { prefectureId: true } });
    if (!application) return 0;
    const documents = await tx.applicationDocument.findMany({ where: { applicationId: id }, select: { fileId: true } });
    await tx.applicationDocument.deleteMany({ where: { applicationId: id } });
    await tx.storedFile.deleteMany({ where: { id: { in: documents.map((d) => d.fileId) } } });
    await tx.application.update({ where: { id }, data: { contactName: ERASED, contactPhone: ERASED, contactEmail: null, personalDataErasedAt: now } });
    const entries = await tx.auditEntry.findMany({ where: { entityType: "Application", entityId: String(id) }, select: { id: true, before: true, after: true } });
    for (const entry of entries) {
      const before = scrubAuditSnapshot(entry.before);
      const after = scrubAuditSnapshot(entry.after);
      if (before !== entry.before || after !== entry.after) await tx.auditEntry.update({ where: { id: entry.id }, data: { before, after } });
    }
    await recordAudit(tx, {
      actor: RETENTION_ACTOR, prefectureId: application.prefectureId, action: "UPDATE", entityType: "Application", entityId: id,
      before: { personalDataErasedAt: null }, after: { personalDataErasedAt: now.toISOString(), documents: `${documents.length} erased` },
      reason: `law 09-08: ${RETENTION_YEARS} years after the decision`,
    });
    return documents.length;
  }));
}
