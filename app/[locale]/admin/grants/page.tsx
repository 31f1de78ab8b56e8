import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { parseListParams } from "@/lib/lists/list-params";
import { GRANT_FILTERS, GRANT_SORTS, getGrantFilterOptions, listGrants } from "@/lib/grants/queries";
import { GrantFilters } from "@/components/grants/grant-filters";
import { GrantTable } from "@/components/grants/grant-table";
import { Pagination } from "@/components/admin/pagination";
import { ListExportLinks } from "@/components/admin/list-export-links";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATHNAME = "/admin/grants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grants");
  return { title: t("title") };
}

export default async function GrantsPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const params = parseListParams(await searchParams, { sorts: GRANT_SORTS, defaultSort: "approvedOn", defaultDir: "desc", filters: GRANT_FILTERS });
  const [{ items, total, anyInScope }, options] = await Promise.all([listGrants(user, params, locale), getGrantFilterOptions(user, locale)]);
  const t = await getTranslations("Grants");
  const lists = await getTranslations("Lists");
  const canWrite = can(user.role, "records.write");
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="text-slate-700">{t("list.lead")}</p>
        </div>
        {canWrite && (
          <Link href="/admin/grants/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("list.add")}
          </Link>
        )}
      </header>
      {anyInScope ? (
        <>
          <GrantFilters params={params} options={options} pathname={PATHNAME} />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" className="font-semibold">{lists("results", { count: total })}</p>
            <ListExportLinks pathname={PATHNAME} params={params} />
          </div>
          {total === 0 ? (
            <p className="rounded-md bg-white p-4">{lists("noMatch")}</p>
          ) : (
            <GrantTable items={items} params={params} pathname={PATHNAME} locale={locale} />
          )}
          <Pagination pathname={PATHNAME} params={params} total={total} />
        </>
      ) : (
        // Nothing recorded yet in this prefecture: say what to do, not just that the list is empty.
        <div className="space-y-2 rounded-md bg-white p-4">
          <p>{t("list.empty")}</p>
          {canWrite && <Link href="/admin/grants/new" className="font-semibold text-brand-700 underline">{t("list.addFirst")}</Link>}
        </div>
      )}
    </div>
  );
}
