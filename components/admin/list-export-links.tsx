import { getLocale, getTranslations } from "next-intl/server";
import { listHref, type ListParams } from "@/lib/lists/list-params";

/**
 * "Export: CSV · XLSX" for a workspace list: the list's search, filters and sort go to its export route,
 * the page number does not (the file holds every page). Plain download links, not the i18n Link: the
 * answer is a file, not a page to navigate to.
 */
export async function ListExportLinks({ pathname, params }: { pathname: string; params: ListParams<string> }) {
  const t = await getTranslations("ListExport");
  const locale = await getLocale();
  const href = (format: "csv" | "xlsx") => `/${locale}${listHref(`${pathname}/export`, params, { format })}`;
  const link = "font-semibold text-brand-700 underline hover:text-brand-800";
  return (
    <p className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span>{t("export")}</span>
      <a href={href("csv")} download className={link} aria-label={t("csvLabel")} aria-describedby="list-export-hint">CSV</a>
      <span aria-hidden="true">·</span>
      <a href={href("xlsx")} download className={link} aria-label={t("xlsxLabel")} aria-describedby="list-export-hint">XLSX</a>
      {/* One list per page, so one fixed id. */}
      <span id="list-export-hint" className="sr-only">{t("hint")}</span>
    </p>
  );
}
