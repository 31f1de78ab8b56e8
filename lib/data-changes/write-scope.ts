/**
 * What the writes of a piece of work concern (./generation.ts), carried through its awaits by
 * AsyncLocalStorage, so the database driver's watcher (./watch-writes.ts) can tell which views a commit makes
 * stale:
 * - one prefecture: work that cannot write outside it (lib/actions/run-form-action.ts: the record forms of a
 *   prefecture's staff);
 * - no figure at all: work that only changes what no figure, public page or dashboard reads (the law 09-08
 *   erasure of applicants' contact details, lib/applications/retention.ts). Its writes make nothing stale.
 * Everything else, unscoped, makes every view stale.
 * On a global, like the generation: one store for every module instance in the process.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STORE = Symbol.for("indh.writeScope");
type Scope = { prefectureId: number } | { figuresUnchanged: true };
type WithStore = typeof globalThis & { [STORE]?: AsyncLocalStorage<Scope> };

function store(): AsyncLocalStorage<Scope> {
  return ((globalThis as WithStore)[STORE] ??= new AsyncLocalStorage<Scope>());
}

// Awaited inside the scope: Prisma's queries are lazy and start when awaited, and must start in it.
const within = <T>(scope: Scope, work: () => PromiseLike<T>): Promise<T> => store().run(scope, async () => await work());

export function withWriteScope<T>(prefectureId: number, work: () => PromiseLike<T>): Promise<T> {
  return within({ prefectureId }, work);
}

/**
 * For work whose writes change no figure: the caller vouches that every column it writes is read by no
 * dashboard, public page or report (a table no figure reads at all belongs in watch-writes.ts's list instead).
 */
export function withFiguresUnchanged<T>(work: () => PromiseLike<T>): Promise<T> {
  return within({ figuresUnchanged: true }, work);
}

/** The prefecture of the work running now, or undefined outside a prefecture's scope. */
export function currentWriteScope(): number | undefined {
  const scope = store().getStore();
  return scope && "prefectureId" in scope ? scope.prefectureId : undefined;
}

/** Whether the work running now declared that its writes change no figure. */
export function writesChangeNoFigure(): boolean {
  const scope = store().getStore();
  return scope !== undefined && "figuresUnchanged" in scope;
}
