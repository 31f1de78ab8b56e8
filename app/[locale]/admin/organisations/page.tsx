import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { prefectureScope } from "@/lib/auth/scope";
import { parseListParams } from "@/lib/lists/list-params";
import { ORGANISATION_FILTERS, ORGANISATION_SORTS } from "@/lib/organisations/types";
import { listCommuneOptions, listOrganisations } from "@/lib/organisations/queries";
import { OrganisationFilters } from "@/components/organisations/organisation-filters";
import { OrganisationTable } from "@/components/organisations/organisation-table";
import { Pagination } from "@/components/admin/pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATHNAME = "/admin/organisations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations");
  return { title: t("title") };
}

export default async function OrganisationsPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const params = parseListParams(await searchParams, { sorts: ORGANISATION_SORTS, defaultSort: "name", filters: ORGANISATION_FILTERS });
  const [{ items, total }, communes] = await Promise.all([listOrganisations(user, params, locale), listCommuneOptions(prefectureScope(user), locale)]);
  const t = await getTranslations("Organisations");
  const lists = await getTranslations("Lists");
  const canWrite = can(user.role, "records.write");
  const searching = params.q !== "" || Object.keys(params.filters).length > 0;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        {canWrite && (
          <Link href="/admin/organisations/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("new")}
          </Link>
        )}
      </header>
      <p className="text-slate-700">{t("lead")}</p>
      <OrganisationFilters params={params} communes={communes} />
      <p role="status" className="font-semibold">{lists("results", { count: total })}</p>
      {total === 0 ? (
        searching ? (
          <p className="rounded-md bg-white p-4">{lists("noMatch")}</p>
        ) : (
          <div className="space-y-2 rounded-md bg-white p-4">
            <p>{t("emptyState")}</p>
            {canWrite ? (
              <Link href="/admin/organisations/new" className="font-semibold text-brand-700 underline">{t("addFirst")}</Link>
            ) : (
              <p className="text-slate-700">{t("emptyReadOnly")}</p>
            )}
          </div>
        )
      ) : (
        <OrganisationTable items={items} params={params} pathname={PATHNAME} />
      )}
      <Pagination pathname={PATHNAME} params={params} total={total} />
    </div>
  );
}
