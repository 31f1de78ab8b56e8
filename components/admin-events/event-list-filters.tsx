import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import type { NamedOption } from "@/lib/events/types";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/events/schema";
import { inputClass } from "@/components/forms/field";
import { FilterSelect } from "@/components/ui/filter-select";

type Props = { params: ListParams<string>; years: number[]; communes: NamedOption[] };

// A plain GET form: the list's state lives in the URL, so it works without JavaScript and can be shared.
export async function EventListFilters({ params, years, communes }: Props) {
  const t = await getTranslations("AdminEvents");
  const lists = await getTranslations("Lists");
  const kinds = await getTranslations("EventKind");
  const select = (name: string, label: string, options: { value: string | number; label: string }[]) => (
    <FilterSelect name={name} label={label} value={params.filters[name]} options={options} allLabel={lists("all")} />
  );
  return (
    <form method="get" role="search" className="grid gap-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <div className="space-y-1 sm:col-span-2 lg:col-span-3">
        <label htmlFor="filter-q" className="block text-sm font-semibold">{t("searchLabel")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q} className={inputClass} />
      </div>
      {select("status", t("filters.status"), EVENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })))}
      {select("kind", t("filters.kind"), EVENT_KINDS.map((k) => ({ value: k, label: kinds(k) })))}
      {select("year", t("filters.year"), years.map((y) => ({ value: y, label: String(y) })))}
      {select("commune", t("filters.commune"), communes.map((c) => ({ value: c.id, label: c.name })))}
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{lists("filter")}</button>
        <Link href="/admin/events" className="underline">{lists("reset")}</Link>
      </div>
    </form>
  );
}
