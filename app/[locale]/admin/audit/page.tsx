import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { filterParams, parseAuditFilters } from "@/lib/audit/filters";
import { listAuditEntityTypes, listAuditEntries } from "@/lib/audit/queries-page";
import { listHref, type ListParams } from "@/lib/lists/list-params";
import { AuditFiltersForm } from "@/components/audit/audit-filters";
import { AuditEntryList } from "@/components/audit/audit-entry-list";
import { Pagination } from "@/components/admin/pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Audit"))("title") };
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser("audit.read");
  const filters = parseAuditFilters(await searchParams);
  const [t, locale, page, entityTypes] = await Promise.all([getTranslations("Audit"), getLocale(), listAuditEntries(user, filters), listAuditEntityTypes(user)]);
  // The shared pagination and the export links keep the filters as typed; the trail is always newest first.
  const params: ListParams<string> = { q: "", page: filters.page, sort: "at", dir: "desc", filters: filterParams(filters) };
  const exportHref = (format: "csv" | "xlsx") => `/${locale}${listHref("/admin/audit/export", { ...params, page: 1 }, { format, sort: undefined, dir: undefined })}`;
  const link = "font-semibold text-brand-700 underline hover:text-brand-800";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("lead")}</p>
      <AuditFiltersForm filters={filters} entityTypes={entityTypes} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm text-slate-700">{t("count", { count: page.total })}</p>
        <p className="no-print flex flex-wrap items-center gap-2 text-sm">
          <span>{t("export")}</span>
          <a href={exportHref("csv")} download className={link} aria-label={t("csvLabel")}>CSV</a>
          <span aria-hidden="true">·</span>
          <a href={exportHref("xlsx")} download className={link} aria-label={t("xlsxLabel")}>XLSX</a>
        </p>
      </div>
      <AuditEntryList page={page} />
      <Pagination pathname="/admin/audit" params={params} total={page.total} />
    </div>
  );
}
