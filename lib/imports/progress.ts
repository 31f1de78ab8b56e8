// How far the confirmation of an import has got, for the progress bar the browser polls while the
// transaction runs. Kept in memory: the rows being written are not visible to other connections until
// the transaction commits, and a progress row written in it would not be either. Per process, which is
// what one `next start` is; a multi-instance deployment shows only the final result.
type Progress = { done: number; total: number; at: number };

const progressByBatch = new Map<number, Progress>();
const FORGET_AFTER_MS = 10 * 60 * 1000;

export function reportImportProgress(batchId: number, done: number, total: number): void {
  const now = Date.now();
  for (const [id, p] of progressByBatch) if (now - p.at > FORGET_AFTER_MS) progressByBatch.delete(id);
  progressByBatch.set(batchId, { done, total, at: now });
}

export function importProgress(batchId: number): { done: number; total: number } | null {
  const p = progressByBatch.get(batchId);
  return p ? { done: p.done, total: p.total } : null;
}

export function forgetImportProgress(batchId: number): void {
  progressByBatch.delete(batchId);
}
