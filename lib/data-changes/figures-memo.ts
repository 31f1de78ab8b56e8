/**
 * Figures computed from the records, kept in memory until the records change. A national dashboard costs
 * seconds of database time at 1,000,000 grants (BENCHMARKS.md, bench:national) and managers open the same
 * few views again and again between two edits.
 *
 * An entry is served only while the generation of its view (./generation.ts) is the one its computation
 * started under: it moves after every committed write that concerns the view (for a prefecture's view, the
 * writes made for that prefecture and the shared ones; for the country's, every write), here or on another
 * instance, so an entry computed before an edit is never served after it. A computation that a write
 * overtook is returned to its caller (it began before the write) but not kept. Callers asking for the same
 * key while it is being computed share the computation: twenty managers opening the same view cost one. Entries also expire after maxAgeMs (writes
 * made outside the app on PostgreSQL) and the oldest go beyond maxEntries.
 */
import { viewGeneration } from "./generation";

type Entry<T> = { generation: string; at: number; value: Promise<T> };

export type FiguresMemo<T> = {
  /** `prefectureId`: the one prefecture the view shows, or null for the whole country (stale after any write). */
  get(key: string, compute: () => Promise<T>, prefectureId?: number | null): Promise<T>;
  clear(): void;
  readonly size: number;
};

export function createFiguresMemo<T>({ maxEntries, maxAgeMs, now = Date.now }: { maxEntries: number; maxAgeMs: number; now?: () => number }): FiguresMemo<T> {
  const entries = new Map<string, Entry<T>>();
  return {
    get(key, compute, prefectureId = null) {
      const generation = viewGeneration(prefectureId);
      const found = entries.get(key);
      if (found && found.generation === generation && now() - found.at < maxAgeMs) {
        entries.delete(key); // re-inserted last: the Map's order is least recently used first
        entries.set(key, found);
        return found.value;
      }
      const entry: Entry<T> = { generation, at: now(), value: compute() };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      entry.value.then(
        () => {
          // A write committed while computing: the figures may predate it.
          if (viewGeneration(prefectureId) !== generation && entries.get(key) === entry) entries.delete(key);
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key); // a failure is not kept: the next caller tries again
        },
      );
      return entry.value;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
