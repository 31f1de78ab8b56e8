/**
 * Figures computed from the records, kept in memory until the records change. A national dashboard costs
 * seconds of database time at 1,000,000 grants (BENCHMARKS.md, bench:national) and managers open the same
 * few views again and again between two edits.
 *
 * An entry is served only while the generation of its view (./generation.ts) is the one its computation
 * started under: it moves after every committed write that concerns the view (for a prefecture's view, the
 * writes made for that prefecture and the shared ones; for the country's, every write), here or on another
 * instance, so an entry computed before an edit is never served after it as current. A computation that a
 * write overtook is returned to its callers (it began before the write), and kept only as a stale stand-in
 * (below). Callers asking for the same
 * key while it is being computed share the computation: twenty managers opening the same view cost one.
 * Entries also expire after maxAgeMs (writes made outside the app on PostgreSQL) and the oldest go beyond
 * maxEntries.
 *
 * One exception, asked for by the caller with `staleForMs`: a view of the whole country moves with every write
 * in 75 prefectures, so on a busy day it would be recomputed (0.2-0.75 s) for nearly every visit. Such an
 * entry, computed less than staleForMs ago, is served after a write while one recomputation runs in the
 * background; the caller is told (`onStale`) so the page can say its figures are being brought up to date.
 */
import { viewGeneration } from "./generation";

type Entry<T> = {
  generation: string;
  at: number;
  value: Promise<T>;
  /** The value has arrived: only then may it stand in, stale, for a recomputation. */
  ready: boolean;
  /** The background recomputation replacing this stale entry, while it runs. */
  refreshing: boolean;
};

export type StaleOptions = {
  /** How old (since its computation began) a stale entry may be and still be served during its refresh; 0: never. */
  staleForMs?: number;
  /** Called, before the value is returned, when the entry served is stale. */
  onStale?: () => void;
  /** Starts the background recomputation: at once by default; a page starts it once it has been sent. */
  schedule?: (recompute: () => void) => void;
};

export type FiguresMemo<T> = {
  /** `prefectureId`: the one prefecture the view shows, or null for the whole country (stale after any write). */
  get(key: string, compute: () => Promise<T>, prefectureId?: number | null, stale?: StaleOptions): Promise<T>;
  clear(): void;
  readonly size: number;
};

export function createFiguresMemo<T>({ maxEntries, maxAgeMs, now = Date.now }: { maxEntries: number; maxAgeMs: number; now?: () => number }): FiguresMemo<T> {
  const entries = new Map<string, Entry<T>>();

  /** Puts `entry` last: the Map's order is least recently used first. */
  const use = (key: string, entry: Entry<T>) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };

  const start = (compute: () => Promise<T>, generation: string): Entry<T> => {
    const entry: Entry<T> = { generation, at: now(), value: compute(), ready: false, refreshing: false };
    entry.value.then(() => (entry.ready = true), () => undefined);
    return entry;
  };

  /**
   * Recomputes behind a stale entry and takes its place. Figures that a write overtook take it too: still
   * stale (their generation is not the current one), but newer, and the next visit recomputes again.
   */
  const refresh = (key: string, stale: Entry<T>, compute: () => Promise<T>, prefectureId: number | null) => {
    const next = start(compute, viewGeneration(prefectureId));
    next.value.then(
      () => {
        stale.refreshing = false;
        if (entries.get(key) === stale) use(key, next);
      },
      () => (stale.refreshing = false), // the next visit tries again
    );
  };

  return {
    get(key, compute, prefectureId = null, { staleForMs = 0, onStale, schedule = (recompute: () => void) => recompute() } = {}) {
      const generation = viewGeneration(prefectureId);
      const found = entries.get(key);
      const age = found ? now() - found.at : Infinity;
      if (found && found.generation === generation && age < maxAgeMs) {
        use(key, found);
        return found.value;
      }
      if (found && found.ready && age < Math.min(staleForMs, maxAgeMs)) {
        use(key, found);
        if (!found.refreshing) {
          found.refreshing = true; // from now: the visits until it starts share it too
          schedule(() => refresh(key, found, compute, prefectureId));
        }
        onStale?.();
        return found.value;
      }
      const entry = start(compute, generation);
      use(key, entry);
      // A write committed while computing leaves the entry under its older generation: it is never served as
      // current, only as a stale stand-in to a caller who accepts one.
      entry.value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key); // a failure is not kept: the next caller tries again
      });
      return entry.value;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
