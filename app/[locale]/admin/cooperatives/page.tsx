import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { parseListParams } from "@/lib/lists/list-params";
import { COOPERATIVE_FILTERS, COOPERATIVE_SORTS } from "@/lib/cooperatives/types";
import { getCooperativeFilterOptions, listCooperatives } from "@/lib/cooperatives/queries";
import { CooperativeFilters } from "@/components/cooperatives/cooperative-filters";
import { CooperativeTable } from "@/components/cooperatives/cooperative-table";
import { Pagination } from "@/components/admin/pagination";
import { ListExportLinks } from "@/components/admin/list-export-links";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATHNAME = "/admin/cooperatives";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cooperatives");
  return { title: t("title") };
}

export default async function CooperativesPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const params = parseListParams(await searchParams, { sorts: COOPERATIVE_SORTS, defaultSort: "name", filters: COOPERATIVE_FILTERS });
  const [{ items, total }, options] = await Promise.all([listCooperatives(user, params, locale), getCooperativeFilterOptions(user, locale)]);
  const t = await getTranslations("Cooperatives");
  const lists = await getTranslations("Lists");
  const canWrite = can(user.role, "records.write");
  const searching = params.q !== "" || Object.keys(params.filters).length > 0;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        {canWrite && (
          <Link href="/admin/cooperatives/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("new")}
          </Link>
        )}
      </header>
      <CooperativeFilters params={params} options={options} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="font-semibold">{lists("results", { count: total })}</p>
        <ListExportLinks pathname={PATHNAME} params={params} />
      </div>
      {total === 0 ? (
        searching ? (
          <p className="rounded-md bg-white p-4">{lists("noMatch")}</p>
        ) : (
          // A brand-new prefecture: say what to do, not just that the list is empty.
          <div className="space-y-2 rounded-md bg-white p-4">
            <p>{t("emptyState")}</p>
            {canWrite ? (
              <Link href="/admin/cooperatives/new" className="font-semibold text-brand-700 underline">{t("addFirst")}</Link>
            ) : (
              <p className="text-slate-700">{t("emptyReadOnly")}</p>
            )}
          </div>
        )
      ) : (
        <CooperativeTable items={items} params={params} pathname={PATHNAME} locale={locale} />
      )}
      <Pagination pathname={PATHNAME} params={params} total={total} />
    </div>
  );
}
