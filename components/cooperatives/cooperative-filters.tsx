import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import { GRANT_STATUSES, ZONES } from "@/lib/cooperatives/schema";
import type { CooperativeFilterOptions } from "@/lib/cooperatives/types";
import { inputClass } from "@/components/forms/field";
import { FilterSelect } from "@/components/ui/filter-select";

/** Search and filters as a plain GET form: works without JavaScript and keeps the view in the URL. */
export async function CooperativeFilters({ params, options }: { params: ListParams<string>; options: CooperativeFilterOptions }) {
  const t = await getTranslations("Cooperatives");
  const lists = await getTranslations("Lists");
  const f = params.filters;
  const all = lists("all");
  return (
    <form method="get" role="search" aria-label={t("searchLabel")} className="no-print space-y-4 rounded-md border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="filter-q" className="block font-semibold text-slate-900">{t("searchLabel")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q} aria-describedby="filter-q-hint" className={inputClass} />
        <p id="filter-q-hint" className="text-sm text-slate-600">{t("searchHint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <FilterSelect name="commune" label={t("fields.communeId")} value={f.commune} options={options.communes} allLabel={all} />
        <FilterSelect name="zone" label={t("zoneLabel")} value={f.zone} options={ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) }))} allLabel={all} />
        <FilterSelect name="sector" label={t("fields.sectorId")} value={f.sector} options={options.sectors} allLabel={all} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 font-semibold text-slate-900">{t("grantFilters")}</legend>
        <FilterSelect name="programme" label={t("grants.programme")} value={f.programme} options={options.programmes} allLabel={all} />
        <FilterSelect name="status" label={t("grants.status")} value={f.status} options={GRANT_STATUSES.map((s) => ({ value: s, label: t(`grantStatus.${s}`) }))} allLabel={all} />
        <FilterSelect name="year" label={t("grantYear")} value={f.year} options={options.years.map((y) => ({ value: y, label: String(y) }))} allLabel={all} />
      </fieldset>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
        <Link href="/admin/cooperatives" className="text-brand-700 underline">{lists("reset")}</Link>
      </div>
    </form>
  );
}
