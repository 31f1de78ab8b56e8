// The dashboard keeps its filters in the URL so that a view can be shared, bookmarked and drilled into
// without JavaScript. Parsing is defensive (a hand-edited URL never errors, bad values are dropped) and
// serialising is canonical (fixed key order), so parse(serialise(f)) is f and links compare equal.
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { Zone } from "@/lib/dashboards/types";
import { GRANT_STATUSES, type GrantStatus } from "@/lib/grants/rules";

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;
type Key = keyof DashboardFilters;

/** Canonical order of the query string. */
export const DASHBOARD_FILTER_KEYS = [
  "fromYear", "toYear", "prefectureId", "zone", "communeId", "phaseId", "programmeId", "axisId", "status",
] as const satisfies readonly Key[];

const ZONES: readonly Zone[] = ["URBAN", "RURAL"];
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function first(raw: RawParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? raw.get(key) ?? undefined : raw[key];
  return (Array.isArray(value) ? value[0] : value)?.trim();
}

function positiveId(text: string | undefined): number | undefined {
  // Digits only: "1e3", "0x10", " 7", "-2" are not ids; at most 9 digits keeps it a safe integer.
  if (!text || !/^[1-9]\d{0,8}$/.test(text)) return undefined;
  return Number(text);
}

function year(text: string | undefined): number | undefined {
  const n = positiveId(text);
  return n !== undefined && n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

export function parseDashboardFilters(raw: RawParams): DashboardFilters {
  const zone = first(raw, "zone");
  const status = first(raw, "status");
  const filters: DashboardFilters = {
    fromYear: year(first(raw, "fromYear")),
    toYear: year(first(raw, "toYear")),
    prefectureId: positiveId(first(raw, "prefectureId")),
    zone: ZONES.includes(zone as Zone) ? (zone as Zone) : undefined,
    communeId: positiveId(first(raw, "communeId")),
    phaseId: positiveId(first(raw, "phaseId")),
    programmeId: positiveId(first(raw, "programmeId")),
    axisId: positiveId(first(raw, "axisId")),
    status: (GRANT_STATUSES as readonly string[]).includes(status ?? "") ? (status as GrantStatus) : undefined,
  };
  // A reversed period selects nothing and is surely a typing slip: keep neither end rather than guess.
  if (filters.fromYear !== undefined && filters.toYear !== undefined && filters.fromYear > filters.toYear) {
    filters.fromYear = undefined;
    filters.toYear = undefined;
  }
  return compact(filters);
}

/** The query string (without "?") in canonical order; empty when no filter is set. */
export function dashboardFiltersToQuery(filters: DashboardFilters): string {
  const query = new URLSearchParams();
  for (const key of DASHBOARD_FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  return query.toString();
}

/** A change sets a filter, or removes it when its value is undefined. */
export type DashboardFilterChange = { [K in Key]?: DashboardFilters[K] | undefined };

// Filters that only make sense under another one: an axis belongs to a programme, a commune to a
// prefecture. Changing the parent without naming the child drops the child instead of selecting nothing.
const DEPENDENTS: Partial<Record<Key, Key[]>> = { programmeId: ["axisId"], prefectureId: ["communeId"] };

export function mergeDashboardFilters(current: DashboardFilters, change: DashboardFilterChange): DashboardFilters {
  const merged: DashboardFilters = { ...current };
  for (const [parent, children] of Object.entries(DEPENDENTS) as [Key, Key[]][]) {
    if (parent in change && change[parent] !== current[parent]) {
      for (const child of children) if (!(child in change)) delete merged[child];
    }
  }
  Object.assign(merged, change);
  return compact(merged);
}

/** The dashboard URL with `change` applied to the current filters (drill-down links, filter chips). */
export function dashboardHref(pathname: string, current: DashboardFilters, change: DashboardFilterChange): string {
  const query = dashboardFiltersToQuery(mergeDashboardFilters(current, change));
  return query ? `${pathname}?${query}` : pathname;
}

function compact(filters: DashboardFilters): DashboardFilters {
  const out: DashboardFilters = {};
  for (const key of DASHBOARD_FILTER_KEYS) {
    if (filters[key] !== undefined) (out as Record<Key, unknown>)[key] = filters[key];
  }
  return out;
}
