/**
 * How the app empties what it keeps of its public pages between two edits: the page cache that server.ts
 * keeps in front of Next, and the public results' figures (lib/dashboards/public-results.ts). The server and
 * the app's bundled code are separate module instances in one process, so they meet on a global, not on an
 * import. Under `next dev` or `next start` (no server.ts) the page cache is not registered.
 */
const REGISTRY = Symbol.for("indh.publicPageCache");

type Forgettable = { clear(): void };
type WithRegistry = typeof globalThis & { [REGISTRY]?: Set<Forgettable> };

function registry(): Set<Forgettable> {
  return ((globalThis as WithRegistry)[REGISTRY] ??= new Set());
}

export function registerPageCache(cache: Forgettable): void {
  registry().add(cache);
}

/**
 * Called next to every revalidatePath of a public page, and on every instance when another one revalidated
 * (lib/cluster/sync.ts): the kept answers are dropped at once, so the next visit is rendered from the new
 * records. Everything goes: edits are rare, visits are not.
 */
export function forgetCachedPages(): void {
  for (const cache of registry()) cache.clear();
}
