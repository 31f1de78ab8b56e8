/**
 * How the app empties the page cache that server.ts keeps in front of Next. The server and the app's
 * bundled code are separate module instances in one process, so they meet on a global, not on an import.
 * Under `next dev` or `next start` (no server.ts) nothing is registered and forgetting does nothing.
 */
const REGISTRY = Symbol.for("indh.publicPageCache");

type Forgettable = { clear(): void };
type WithRegistry = typeof globalThis & { [REGISTRY]?: Forgettable };

export function registerPageCache(cache: Forgettable): void {
  (globalThis as WithRegistry)[REGISTRY] = cache;
}

/**
 * Called next to every revalidatePath of a public page: the cached answers are dropped at once, so the
 * next visit is rendered by Next from the new records. Everything goes: edits are rare, visits are not.
 */
export function forgetCachedPages(): void {
  (globalThis as WithRegistry)[REGISTRY]?.clear();
}
