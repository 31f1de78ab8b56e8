// Workspace lists keep their state in the URL (search, filters, sort, page) so a view can be shared and
// works without JavaScript. This parses it defensively: anything unexpected falls back to a default.

export const PAGE_SIZE = 25;

export type ListParams<Sort extends string> = {
  q: string;
  page: number;
  sort: Sort;
  dir: "asc" | "desc";
  filters: Record<string, string>;
};

type RawParams = Record<string, string | string[] | undefined>;

export function parseListParams<Sort extends string>(
  raw: RawParams,
  options: { sorts: readonly Sort[]; defaultSort: Sort; defaultDir?: "asc" | "desc"; filters: readonly string[] },
): ListParams<Sort> {
  const one = (key: string) => {
    const value = raw[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
  };
  const page = Number.parseInt(one("page"), 10);
  const sort = one("sort");
  const dir = one("dir");
  const filters: Record<string, string> = {};
  for (const key of options.filters) {
    const value = one(key);
    if (value) filters[key] = value.slice(0, 100);
  }
  return {
    q: one("q").slice(0, 200),
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
    sort: (options.sorts as readonly string[]).includes(sort) ? (sort as Sort) : options.defaultSort,
    dir: dir === "asc" || dir === "desc" ? dir : (options.defaultDir ?? "asc"),
    filters,
  };
}

/** An integer filter value, or undefined when absent or not a positive integer. */
export function intFilter(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The query string of the same list with some parameters changed (page reset unless given). */
export function listHref(pathname: string, params: ListParams<string>, change: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  const merged: Record<string, string | number | undefined> = { q: params.q, sort: params.sort, dir: params.dir, ...params.filters, page: undefined, ...change };
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}
