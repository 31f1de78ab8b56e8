import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { requireUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { parseListParams } from "@/lib/lists/list-params";
import { COMMUNE_FILTERS, COMMUNE_SORTS, listCommunes } from "@/lib/territory/queries";
import { getPhaseTree } from "@/lib/territory/structure-queries";
import { listRegionsWithPrefectures } from "@/lib/territory/prefecture-queries";
import { prefectureSelectOptions } from "@/lib/territory/prefecture-options";
import { PrefectureList } from "@/components/territory/prefecture-list";
import { CommuneTable } from "@/components/territory/commune-table";
import { CommuneSearchForm } from "@/components/territory/commune-search-form";
import { StructureTree } from "@/components/territory/structure-tree";
import { Pagination } from "@/components/admin/pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Territory"))("title") };
}

const button = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const outline = "rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default async function TerritoryPage({ searchParams }: Props) {
  const user = await requireUser("reference.write");
  const params = parseListParams(await searchParams, { sorts: COMMUNE_SORTS, defaultSort: "code", filters: COMMUNE_FILTERS });
  const [t, lists, { rows, total }, phases, locale] = await Promise.all([
    getTranslations("Territory"), getTranslations("Lists"), listCommunes(user, params), getPhaseTree(), getLocale() as Promise<AppLocale>,
  ]);
  // Only a national admin works across prefectures and provinces: the list of them, and the filter by one.
  const [regions, prefectures] = user.isNational ? await Promise.all([listRegionsWithPrefectures(), prefectureSelectOptions(locale)]) : [null, undefined];
  const pathname = "/admin/territory"; // i18n Link adds the locale
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("lead")}</p>
      </div>
      <section aria-labelledby="communes" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="communes" className="text-2xl font-bold text-brand-800">{t("communes")}</h2>
          <div className="flex flex-wrap gap-3">
            <Link href="/admin/territory/communes/new" className={button}>{t("newCommune")}</Link>
            <Link href="/admin/territory/communes/import" className={outline}>{t("importCommunes")}</Link>
          </div>
        </div>
        <CommuneSearchForm params={params} prefectures={prefectures} />
        <p role="status" className="text-sm text-slate-700">{lists("results", { count: total })}</p>
        <CommuneTable rows={rows} params={params} pathname={pathname} showPrefecture={user.isNational} />
        <Pagination pathname={pathname} params={params} total={total} />
      </section>
      {regions && (
        <section aria-labelledby="prefectures" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="prefectures" className="text-2xl font-bold text-brand-800">{t("prefectures")}</h2>
            <Link href="/admin/territory/prefectures/new" className={button}>{t("newPrefecture")}</Link>
          </div>
          <p className="text-sm">{t("prefecturesHelp")}</p>
          <PrefectureList regions={regions} />
        </section>
      )}
      <section aria-labelledby="structure" className="space-y-4">
        <h2 id="structure" className="text-2xl font-bold text-brand-800">{t("structure")}</h2>
        <p className="text-sm">{user.isNational ? t("structureHelp") : t("readOnlyNational")}</p>
        {user.isNational && (
          <div className="flex flex-wrap gap-3">
            <Link href="/admin/territory/phases/new" className={button}>{t("newPhase")}</Link>
            <Link href="/admin/territory/programmes/new" className={button}>{t("newProgramme")}</Link>
            <Link href="/admin/territory/axes/new" className={button}>{t("newAxis")}</Link>
          </div>
        )}
        <StructureTree phases={phases} editable={user.isNational} />
      </section>
    </div>
  );
}
