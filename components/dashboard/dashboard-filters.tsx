import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { DashboardFilterOptions } from "@/lib/dashboards/filter-options";
import { FilterSelect } from "@/components/ui/filter-select";

/**
 * A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. On a phone it folds
 * behind one button (a <details>, no JavaScript needed) so that the figures come first; from the md width
 * up it is always open and the button is hidden (app/globals.css, .fold-below-md).
 */
export async function DashboardFiltersForm({ filters, options, pathname }: { filters: DashboardFilters; options: DashboardFilterOptions; pathname: string }) {
  const t = await getTranslations("DashboardPage");
  const d = await getTranslations("Dashboard");
  const phone = await getTranslations("PhoneLayout");
  const all = t("all");
  const active = Object.values(filters).filter((value) => value !== undefined).length;
  return (
    <details className="fold-below-md no-print rounded-lg border border-brand-100 bg-white">
      <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800">
        {phone("filtersToggle")} <span className="font-normal text-slate-700">({phone("filtersActive", { count: active })})</span>
      </summary>
      <form method="get" action={pathname} className="grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("filtersLabel")}>
        {options.prefectures && <FilterSelect name="prefectureId" label={t("prefecture")} options={options.prefectures} value={filters.prefectureId} allLabel={t("allPrefectures")} />}
        <FilterSelect name="fromYear" label={t("fromYear")} options={options.years} value={filters.fromYear} allLabel={all} />
        <FilterSelect name="toYear" label={t("toYear")} options={options.years} value={filters.toYear} allLabel={all} />
        <FilterSelect name="phaseId" label={t("phase")} options={options.phases} value={filters.phaseId} allLabel={all} />
        <FilterSelect name="programmeId" label={t("programme")} options={options.programmes} value={filters.programmeId} allLabel={all} />
        <FilterSelect name="axisId" label={t("axis")} options={options.axes} value={filters.axisId} allLabel={all} />
        <FilterSelect name="zone" label={t("zone")} options={(["URBAN", "RURAL"] as const).map((z) => ({ value: z, label: d(`zone.${z}`) }))} value={filters.zone} allLabel={all} />
        <FilterSelect name="communeId" label={t("commune")} options={options.communes} value={filters.communeId} allLabel={all} hint={options.communesNeedPrefecture ? t("communeNeedsPrefecture") : undefined} />
        <FilterSelect name="status" label={t("status")} options={(["APPROVED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const).map((s) => ({ value: s, label: d(`status.${s}`) }))} value={filters.status} allLabel={all} />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
          <a href={pathname} className="text-brand-800 underline">{t("reset")}</a>
        </div>
      </form>
    </details>
  );
}
