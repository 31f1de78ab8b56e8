/**
 * The prefecture the writes of a piece of work are made for (./generation.ts), carried through its awaits
 * by AsyncLocalStorage, so the database driver's watcher (./watch-writes.ts) can tell which views a commit
 * makes stale. Only work that cannot write outside one prefecture is scoped (lib/actions/run-form-action.ts:
 * the record forms of a prefecture's staff); everything else, unscoped, makes every view stale.
 * On a global, like the generation: one store for every module instance in the process.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STORE = Symbol.for("indh.writeScope");
type Scope = { prefectureId: number };
type WithStore = typeof globalThis & { [STORE]?: AsyncLocalStorage<Scope> };

function store(): AsyncLocalStorage<Scope> {
  return ((globalThis as WithStore)[STORE] ??= new AsyncLocalStorage<Scope>());
}

export function withWriteScope<T>(prefectureId: number, work: () => PromiseLike<T>): Promise<T> {
  // Awaited inside the scope: Prisma's queries are lazy and start when awaited, and must start in it.
  return store().run({ prefectureId }, async () => await work());
}

/** The prefecture of the work running now, or undefined outside a scope. */
export function currentWriteScope(): number | undefined {
  return store().getStore()?.prefectureId;
}
