import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import { ZONES } from "@/lib/cooperatives/schema";
import { ORGANISATION_KINDS } from "@/lib/organisations/schema";
import type { Option } from "@/lib/organisations/types";
import { inputClass } from "@/components/forms/field";
import { FilterSelect } from "@/components/ui/filter-select";

/** Search and filters as a plain GET form: works without JavaScript and keeps the view in the URL. */
export async function OrganisationFilters({ params, communes }: { params: ListParams<string>; communes: Option[] }) {
  const t = await getTranslations("Organisations");
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
        <FilterSelect name="kind" label={t("fields.kind")} value={f.kind} options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} allLabel={all} />
        <FilterSelect name="commune" label={t("fields.communeId")} value={f.commune} options={communes} allLabel={all} />
        <FilterSelect name="zone" label={t("zoneLabel")} value={f.zone} options={ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) }))} allLabel={all} />
      </div>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
        <Link href="/admin/organisations" className="text-brand-700 underline">{lists("reset")}</Link>
      </div>
    </form>
  );
}
