import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CALL_STATUSES } from "@/lib/calls/schema";
import type { CallListFilters as Filters } from "@/lib/calls/admin-queries";
import type { ProgrammeChoice } from "@/lib/calls/types";
import { FilterSelect } from "@/components/ui/filter-select";

// A plain GET form: the list's state lives in the URL, so it works without JavaScript and can be shared.
export async function CallListFilters({ filters, programmes }: { filters: Filters; programmes: ProgrammeChoice[] }) {
  const t = await getTranslations("Calls.admin");
  return (
    <form method="get" role="search" aria-label={t("filters.label")} className="grid gap-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      <FilterSelect name="status" label={t("filters.status")} value={filters.status} allLabel={t("filters.any")} options={CALL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      <FilterSelect name="programme" label={t("filters.programme")} value={filters.programme} allLabel={t("filters.any")} options={programmes.map((p) => ({ value: p.id, label: p.label }))} />
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("filters.apply")}</button>
        <Link href="/admin/calls" className="underline">{t("filters.reset")}</Link>
      </div>
    </form>
  );
}
