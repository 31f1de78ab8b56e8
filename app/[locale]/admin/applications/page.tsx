import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { parseListParams } from "@/lib/lists/list-params";
import { APPLICATION_FILTERS, APPLICATION_SORTS, getApplicationListOptions, listApplications } from "@/lib/screening/queries";
import { ApplicationFilters } from "@/components/screening/application-filters";
import { ApplicationTable } from "@/components/screening/application-table";
import { Pagination } from "@/components/admin/pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATHNAME = "/admin/applications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin");
  return { title: t("applications") };
}

export default async function ApplicationsPage({ searchParams }: Props) {
  const user = await requireUser("records.read");
  const locale = (await getLocale()) as AppLocale;
  const params = parseListParams(await searchParams, { sorts: APPLICATION_SORTS, defaultSort: "submittedAt", defaultDir: "desc", filters: APPLICATION_FILTERS });
  const [{ rows, total, anyInScope }, options] = await Promise.all([listApplications(user, params, locale), getApplicationListOptions(user, locale)]);
  const [t, nav, lists] = await Promise.all([getTranslations("Screening"), getTranslations("Admin"), getTranslations("Lists")]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-800">{nav("applications")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      {anyInScope ? (
        <>
          <ApplicationFilters params={params} calls={options.calls} communes={options.communes} />
          <p role="status" className="font-semibold">{lists("results", { count: total })}</p>
          {total === 0 ? <p className="rounded-md bg-white p-4">{lists("noMatch")}</p> : <ApplicationTable rows={rows} params={params} />}
          <Pagination pathname={PATHNAME} params={params} total={total} />
        </>
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("empty")}</p>
      )}
    </div>
  );
}
