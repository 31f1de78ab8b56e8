/**
 * The generation of the app's records: numbers that move whenever records the figures are computed from
 * change, so that what was computed from them (lib/data-changes/figures-memo.ts) is known to be stale.
 * They move after a write has committed (lib/data-changes/watch-writes.ts watches every statement the Prisma
 * client sends), when another instance says it wrote (lib/cluster), and on SQLite when another process wrote
 * to the file (lib/data-changes/other-writers.ts). Kept on a global: server.ts, Next's bundles and the cache
 * handler are separate module instances in one process.
 *
 * A write made for one prefecture (./write-scope.ts: the form actions of a prefecture's staff, who can write
 * nothing else) moves that prefecture's generation; any other write moves the shared one. A prefecture's
 * views depend on its own generation and the shared one, so that on a national deployment an edit in
 * Tanger does not make Oujda's managers wait for their figures again. National views depend on every write.
 */
const STATE = Symbol.for("indh.dataGeneration");

/** local: this process wrote; elsewhere: another instance or process did (nothing to tell the others). */
export type ChangeOrigin = "local" | "elsewhere";
/** The prefecture a write was made for, or undefined when it may concern any. */
export type ChangeScope = number | undefined;
type Listener = (origin: ChangeOrigin, prefectureId: ChangeScope) => void;
type State = { generation: number; shared: number; byPrefecture: Map<number, number>; listeners: Set<Listener> };
type WithState = typeof globalThis & { [STATE]?: State };

function state(): State {
  return ((globalThis as WithState)[STATE] ??= { generation: 0, shared: 0, byPrefecture: new Map(), listeners: new Set() });
}

/** Moves on every change, whichever prefecture it concerns. */
export function dataGeneration(): number {
  return state().generation;
}

/**
 * What the figures of a view depend on: a prefecture's (its writes and the shared ones), or, for a view of
 * the whole country (`null`), every write.
 */
export function viewGeneration(prefectureId: number | null): string {
  const current = state();
  if (prefectureId === null) return `all:${current.generation}`;
  return `shared:${current.shared}/prefecture:${current.byPrefecture.get(prefectureId) ?? 0}`;
}

export function noteDataChanged(origin: ChangeOrigin = "local", prefectureId: ChangeScope = undefined): void {
  const current = state();
  current.generation += 1;
  if (prefectureId === undefined) current.shared += 1;
  else current.byPrefecture.set(prefectureId, (current.byPrefecture.get(prefectureId) ?? 0) + 1);
  for (const listener of current.listeners) listener(origin, prefectureId);
}

/** Returns the function that stops listening. */
export function onDataChanged(listener: Listener): () => void {
  const current = state();
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
