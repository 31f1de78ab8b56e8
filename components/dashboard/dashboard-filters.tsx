import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { DashboardFilterOptions, Option } from "@/lib/dashboards/filter-options";
import { inputClass } from "@/components/forms/field";

function Choice({ name, label, options, value, all }: { name: string; label: string; options: Option[]; value: string | number | undefined; all: string }) {
  const id = `dashboard-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export async function DashboardFiltersForm({ filters, options, pathname }: { filters: DashboardFilters; options: DashboardFilterOptions; pathname: string }) {
  const t = await getTranslations("DashboardPage");
  const d = await getTranslations("Dashboard");
  const all = t("all");
  return (
    <form method="get" action={pathname} className="no-print grid gap-3 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filtersLabel")}>
      {options.prefectures && <Choice name="prefectureId" label={t("prefecture")} options={options.prefectures} value={filters.prefectureId} all={t("allPrefectures")} />}
      <Choice name="fromYear" label={t("fromYear")} options={options.years} value={filters.fromYear} all={all} />
      <Choice name="toYear" label={t("toYear")} options={options.years} value={filters.toYear} all={all} />
      <Choice name="phaseId" label={t("phase")} options={options.phases} value={filters.phaseId} all={all} />
      <Choice name="programmeId" label={t("programme")} options={options.programmes} value={filters.programmeId} all={all} />
      <Choice name="axisId" label={t("axis")} options={options.axes} value={filters.axisId} all={all} />
      <Choice name="zone" label={t("zone")} options={(["URBAN", "RURAL"] as const).map((z) => ({ value: z, label: d(`zone.${z}`) }))} value={filters.zone} all={all} />
      <Choice name="communeId" label={t("commune")} options={options.communes} value={filters.communeId} all={all} />
      <Choice name="status" label={t("status")} options={(["APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const).map((s) => ({ value: s, label: d(`status.${s}`) }))} value={filters.status} all={all} />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
        <a href={pathname} className="text-brand-800 underline">{t("reset")}</a>
      </div>
    </form>
  );
}
