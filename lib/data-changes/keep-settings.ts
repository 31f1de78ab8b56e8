import "server-only";
/**
 * How figures computed from the records are kept in memory (lib/data-changes/figures-memo.ts), the same way for
 * every memory that keeps them: the dashboard's views, the workspace home's "needs attention" lists and counts.
 */
import { after } from "next/server";
import type { FiguresMemo } from "./figures-memo";

/** FIGURES_CACHE_SECONDS caps how long a view is kept (600 by default; 0 turns keeping off). */
export const FIGURES_MAX_AGE_MS = Number(process.env.FIGURES_CACHE_SECONDS ?? "600") * 1000;

/**
 * How long a view of the whole country may still be shown after a write, while it is recomputed
 * (FIGURES_STALE_SECONDS, 60 by default; 0: never). Every write in 75 prefectures makes such a view stale.
 */
export const COUNTRY_STALE_FOR_MS = Number(process.env.FIGURES_STALE_SECONDS ?? "60") * 1000;

/**
 * Starts a stale view's recomputation once the page showing it has been sent. Started at once, its work on the
 * national figures competed with that page's render: right after an edit the national overview and breakdowns
 * took 156 and 119 ms, against 114 and 55 ms this way (bench:national, 2026-12-07).
 * Outside a request (the tests, scripts) Next's after() throws, and it starts at once.
 */
export function afterThePage(recompute: () => void): void {
  try {
    after(recompute);
  } catch {
    recompute();
  }
}

/**
 * `compute`'s result under `key`, kept in `memo` until a write concerns the view: `prefectureId`'s writes and the
 * shared ones, or every write for a view of the whole country (null). Given `onCountryStale`, a view of the whole
 * country may still be served for COUNTRY_STALE_FOR_MS after a write, `onCountryStale` called, while it is
 * recomputed once the page is sent; a prefecture's view never is. With keeping off (FIGURES_CACHE_SECONDS=0),
 * computed every time. The caller checks for other writers (./other-writers.ts) once per request, before.
 */
export function keepView<T>(memo: FiguresMemo<T>, key: string, prefectureId: number | null, compute: () => Promise<T>, onCountryStale?: () => void): Promise<T> {
  if (!(FIGURES_MAX_AGE_MS > 0)) return compute();
  const stale = prefectureId === null && onCountryStale ? { staleForMs: COUNTRY_STALE_FOR_MS, onStale: onCountryStale, schedule: afterThePage } : undefined;
  return memo.get(key, compute, prefectureId, stale);
}
