import { Link } from "@/lib/i18n/navigation";
import { listHref, type ListParams } from "@/lib/lists/list-params";

/** A column header that sorts the list by this column, and reverses the order when clicked again. */
export function SortHeader({ label, sort, pathname, params }: { label: string; sort: string; pathname: string; params: ListParams<string> }) {
  const active = params.sort === sort;
  const nextDir = active && params.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : "none"} className="p-2 text-start">
      <Link href={listHref(pathname, params, { sort, dir: nextDir })} className="underline decoration-dotted">
        {label}
        {active && <span aria-hidden="true">{params.dir === "asc" ? " ▲" : " ▼"}</span>}
      </Link>
    </th>
  );
}
