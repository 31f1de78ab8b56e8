import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listHref, PAGE_SIZE, type ListParams } from "@/lib/lists/list-params";

/** Previous / next links that keep the list's search, filters and sort. */
export async function Pagination({ pathname, params, total }: { pathname: string; params: ListParams<string>; total: number }) {
  const t = await getTranslations("Lists");
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="no-print flex flex-wrap items-center gap-4">
      {params.page > 1 && <Link href={listHref(pathname, params, { page: params.page - 1 })} className="underline">{t("previous")}</Link>}
      <span>{t("pageOf", { page: params.page, pages })}</span>
      {params.page < pages && <Link href={listHref(pathname, params, { page: params.page + 1 })} className="underline">{t("next")}</Link>}
    </nav>
  );
}
