import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import { GRANT_STATUSES } from "@/lib/grants/rules";
import { ZONES } from "@/lib/grants/queries";
import type { GrantFilterOptions } from "@/lib/grants/types";
import { inputClass } from "@/components/forms/field";
import { FilterSelect } from "@/components/ui/filter-select";

/** Search and filters as a plain GET form: works without JavaScript and keeps the view in the URL. */
export async function GrantFilters({ params, options, pathname }: { params: ListParams<string>; options: GrantFilterOptions; pathname: string }) {
  const t = await getTranslations("Grants");
  const lists = await getTranslations("Lists");
  const f = params.filters;
  const all = lists("all");
  return (
    <form method="get" role="search" aria-label={t("filters.legend")} className="no-print space-y-4 rounded-md border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="filter-q" className="block font-semibold text-slate-900">{lists("search")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q} aria-describedby="filter-q-hint" className={inputClass} />
        <p id="filter-q-hint" className="text-sm text-slate-600">{t("list.searchHint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="commune" label={t("filters.commune")} value={f.commune} options={options.communes} allLabel={all} />
        <FilterSelect name="zone" label={t("filters.zone")} value={f.zone} options={ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) }))} allLabel={all} />
        <FilterSelect name="phase" label={t("filters.phase")} value={f.phase} options={options.phases} allLabel={all} />
        <FilterSelect name="programme" label={t("filters.programme")} value={f.programme} options={options.programmes} allLabel={all} />
        <FilterSelect name="axis" label={t("filters.axis")} value={f.axis} options={options.axes} allLabel={all} />
        <FilterSelect name="status" label={t("filters.status")} value={f.status} options={GRANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} allLabel={all} />
        <FilterSelect name="year" label={t("filters.year")} value={f.year} options={options.years.map((y) => ({ value: y, label: String(y) }))} allLabel={all} />
      </div>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
        <Link href={pathname} className="text-brand-700 underline">{lists("reset")}</Link>
      </div>
    </form>
  );
}
