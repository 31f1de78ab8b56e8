import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import { APPLICATION_CHANNELS, APPLICATION_STATUSES, type Option } from "@/lib/screening/types";
import { inputClass } from "@/components/forms/field";
import { FilterSelect } from "@/components/ui/filter-select";

/** A plain GET form: the list's state lives in the URL, so it works without JavaScript and can be shared. */
export async function ApplicationFilters({ params, calls, communes }: { params: ListParams<string>; calls: Option[]; communes: Option[] }) {
  const t = await getTranslations("Screening");
  const lists = await getTranslations("Lists");
  const f = params.filters;
  const all = lists("all");
  return (
    <form method="get" role="search" className="no-print space-y-4 rounded-md border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="filter-q" className="block font-semibold text-slate-900">{t("searchLabel")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q} className={inputClass} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="call" label={t("filters.call")} value={f.call} options={calls} allLabel={all} />
        <FilterSelect name="status" label={t("filters.status")} value={f.status} options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} allLabel={all} />
        <FilterSelect name="channel" label={t("filters.channel")} value={f.channel} options={APPLICATION_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} allLabel={all} />
        <FilterSelect name="commune" label={t("filters.commune")} value={f.commune} options={communes} allLabel={all} />
      </div>
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
        <Link href="/admin/applications" className="text-brand-700 underline">{lists("reset")}</Link>
      </div>
    </form>
  );
}
