import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import type { Dashboard, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { registerPageCache } from "@/lib/page-cache/forget";

// Public visitors read the same aggregates as managers, across every prefecture, through a reader with no
// account: it can read aggregates only (the public page shows no record and no per-cooperative amount).
const PUBLIC_READER: SessionUser = { id: 0, email: "public", name: "public", role: "MANAGER", isNational: true, prefectureId: 0 };

/**
 * The national figures cost seconds of database time at 1,000,000 grants (BENCHMARKS.md, bench:national) and
 * every visitor asks for the same few filter sets: each set is computed at most once per CACHE_MS in this
 * process, and visitors arriving meanwhile share that computation (the promise is cached, not the result).
 * The page and the API show computedAt ("figures as of"), so a visitor sees how old they are. An edit that
 * revalidates public pages forgets them at once, on every instance (lib/page-cache/forget.ts, lib/cluster).
 * PUBLIC_RESULTS_CACHE_SECONDS=0 turns it off.
 */
const CACHE_MS = Number(process.env.PUBLIC_RESULTS_CACHE_SECONDS ?? "60") * 1000;
const MAX_ENTRIES = 200;
const cache = new Map<string, { at: number; value: Promise<Dashboard> }>();
registerPageCache(cache);

/** Only the filters a public page offers: period and zone. */
export function getPublicResults(locale: AppLocale, filters: DashboardFilters): Promise<Dashboard> {
  const { fromYear, toYear, zone, phaseId } = filters;
  const compute = () => getDashboard(PUBLIC_READER, { fromYear, toYear, zone, phaseId }, locale);
  if (!(CACHE_MS > 0)) return compute();
  const key = JSON.stringify([locale, fromYear, toYear, zone, phaseId]);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < CACHE_MS) return hit.value;
  const value = compute();
  cache.delete(key); // re-inserted last: the Map's order is then oldest first, for the eviction below
  cache.set(key, { at: now, value });
  value.catch(() => cache.delete(key)); // a failure is not kept: the next visitor tries again
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
