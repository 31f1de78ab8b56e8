// How far the confirmation of an import has got, for the progress bar the browser polls while the
// transaction runs. Kept in memory: the rows being written are not visible to other connections until
// the transaction commits, and a progress row written in it would not be either. Per process, which is
// what one server is; a multi-instance deployment shows only the final result.
//
// Each entry remembers the session (its token's hash) that confirmed the import, so that the progress
// route can answer that session from memory without reading the database: on SQLite every query outside
// the import's transaction waits for its end, and the bar would jump from empty to full.
type Progress = { done: number; total: number; at: number; viewer: string | null };

const progressByBatch = new Map<number, Progress>();
const FORGET_AFTER_MS = 10 * 60 * 1000;

/** `viewer`: the hash of the confirming session's token, kept from the first report. */
export function reportImportProgress(batchId: number, done: number, total: number, viewer: string | null = null): void {
  const now = Date.now();
  for (const [id, p] of progressByBatch) if (now - p.at > FORGET_AFTER_MS) progressByBatch.delete(id);
  progressByBatch.set(batchId, { done, total, at: now, viewer: viewer ?? progressByBatch.get(batchId)?.viewer ?? null });
}

export function importProgress(batchId: number): { done: number; total: number } | null {
  const p = progressByBatch.get(batchId);
  return p ? { done: p.done, total: p.total } : null;
}

/** The progress, only for the session that confirmed the import (null for anyone else, or none). */
export function importProgressForViewer(batchId: number, viewer: string): { done: number; total: number } | null {
  const p = progressByBatch.get(batchId);
  return p && p.viewer !== null && p.viewer === viewer ? { done: p.done, total: p.total } : null;
}

export function forgetImportProgress(batchId: number): void {
  progressByBatch.delete(batchId);
}
