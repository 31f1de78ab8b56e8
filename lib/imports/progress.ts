import { publishToCluster } from "@/lib/cluster/registry";

// How far the confirmation of an import has got, for the progress bar the browser polls while the
// transaction runs. Kept in memory: the rows being written are not visible to other connections until
// the transaction commits, and a progress row written in it would not be either. Per process, which is
// what one server is; a multi-instance deployment shows only the final result.
//
// Each entry remembers the session (its token's hash) that confirmed the import, so that the progress
// route can answer that session from memory without reading the database: on SQLite every query outside
// the import's transaction waits for its end, and the bar would jump from empty to full.
type Progress = { done: number; total: number; at: number; viewer: string | null };

// On a global: the app's bundled code and server.ts (which applies the other instances' reports) are
// separate module instances of this file in one process.
const PROGRESS = Symbol.for("indh.importProgress");
const progressByBatch: Map<number, Progress> = ((globalThis as { [PROGRESS]?: Map<number, Progress> })[PROGRESS] ??= new Map());
const FORGET_AFTER_MS = 10 * 60 * 1000;

function remember(batchId: number, done: number, total: number, viewer: string | null): Progress {
  const now = Date.now();
  for (const [id, p] of progressByBatch) if (now - p.at > FORGET_AFTER_MS) progressByBatch.delete(id);
  const progress = { done, total, at: now, viewer: viewer ?? progressByBatch.get(batchId)?.viewer ?? null };
  progressByBatch.set(batchId, progress);
  return progress;
}

/** `viewer`: the hash of the confirming session's token, kept from the first report. */
export function reportImportProgress(batchId: number, done: number, total: number, viewer: string | null = null): void {
  const progress = remember(batchId, done, total, viewer);
  publishToCluster({ kind: "import-progress", batchId, done, total, viewer: progress.viewer });
}

/** A report of another instance (lib/cluster/sync.ts). */
export function applyRemoteImportProgress(batchId: number, done: number, total: number, viewer: string | null): void {
  remember(batchId, done, total, viewer);
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

export function forgetImportProgress(batchId: number, { fromCluster = false } = {}): void {
  progressByBatch.delete(batchId);
  if (!fromCluster) publishToCluster({ kind: "import-progress-forgotten", batchId });
}
