import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { listAuditEntityTypes, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries-page";
import type { ListParams } from "@/lib/lists/list-params";
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
  const [t, { entries, total }, entityTypes] = await Promise.all([getTranslations("Audit"), listAuditEntries(user, filters), listAuditEntityTypes(user)]);
  // The shared pagination keeps the filters in its links; the trail is always newest first.
  const { page, ...rest } = filters;
  const params: ListParams<string> = { q: "", page, sort: "at", dir: "desc", filters: Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) as Record<string, string> };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("lead")}</p>
      <AuditFiltersForm filters={filters} entityTypes={entityTypes} />
      <p role="status" className="text-sm text-slate-700">{t("count", { count: total })}</p>
      <AuditEntryList entries={entries} />
      <Pagination pathname="/admin/audit" params={params} total={total} />
    </div>
  );
}
