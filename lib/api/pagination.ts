// Page metadata of a paginated API list. Links are paths on the same site (no host), so they stay right
// behind any proxy or domain name; they keep every parameter that shapes the list.

export type Pagination = {
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  next: string | null;
  prev: string | null;
};

export function paginate(
  path: string,
  params: Record<string, string>,
  { page, pageSize, total }: { page: number; pageSize: number; total: number },
): Pagination {
  // An empty list still has one (empty) page, as the public events page shows it.
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const link = (target: number) => `${path}?${new URLSearchParams({ ...params, page: String(target), pageSize: String(pageSize) })}`;
  return {
    page,
    pageSize,
    total,
    totalPages,
    next: page < totalPages ? link(page + 1) : null,
    // Past the end, "previous" leads back to the last page that has rows.
    prev: page > 1 ? link(Math.min(page - 1, totalPages)) : null,
  };
}
