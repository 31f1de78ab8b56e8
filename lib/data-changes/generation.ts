/**
 * The generation of the app's records: a number that moves whenever records the figures are computed from
 * change, so that what was computed from them (lib/data-changes/figures-memo.ts) is known to be stale.
 * It moves after a write has committed (lib/data-changes/watch-writes.ts watches every statement the Prisma
 * client sends), when another instance says it wrote (lib/cluster), and on SQLite when another process wrote
 * to the file (lib/data-changes/other-writers.ts). Kept on a global: server.ts, Next's bundles and the cache
 * handler are separate module instances in one process.
 */
const STATE = Symbol.for("indh.dataGeneration");

/** local: this process wrote; elsewhere: another instance or process did (nothing to tell the others). */
export type ChangeOrigin = "local" | "elsewhere";
type Listener = (origin: ChangeOrigin) => void;
type State = { generation: number; listeners: Set<Listener> };
type WithState = typeof globalThis & { [STATE]?: State };

function state(): State {
  return ((globalThis as WithState)[STATE] ??= { generation: 0, listeners: new Set() });
}

export function dataGeneration(): number {
  return state().generation;
}

export function noteDataChanged(origin: ChangeOrigin = "local"): void {
  const current = state();
  current.generation += 1;
  for (const listener of current.listeners) listener(origin);
}

/** Returns the function that stops listening. */
export function onDataChanged(listener: Listener): () => void {
  const current = state();
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}
