import { getTranslations } from "next-intl/server";
import type { ListParams } from "@/lib/lists/list-params";
import { LEGAL_STATUSES, SETTINGS } from "@/lib/territory/schema";
import { inputClass } from "@/components/forms/field";
import type { SelectOption } from "@/components/forms/select-field";

type Props = { params: ListParams<string>; /** A national admin's filter by prefecture or province. */ prefectures?: SelectOption[] };

/** A plain GET form: search and filters live in the URL and work without JavaScript. */
export async function CommuneSearchForm({ params, prefectures }: Props) {
  const [t, lists] = await Promise.all([getTranslations("Territory"), getTranslations("Lists")]);
  return (
    <form method="get" role="search" className="no-print flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="space-y-1">
        <label htmlFor="communes-q" className="block font-semibold">{t("searchLabel")}</label>
        <input id="communes-q" name="q" type="search" defaultValue={params.q} className={inputClass} />
      </div>
      {prefectures && (
        <div className="space-y-1">
          <label htmlFor="communes-prefecture" className="block font-semibold">{t("prefecture")}</label>
          <select id="communes-prefecture" name="prefecture" defaultValue={params.filters.prefecture ?? ""} className={`${inputClass} max-w-full`}>
            <option value="">{t("allPrefectures")}</option>
            {prefectures.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="communes-setting" className="block font-semibold">{t("setting")}</label>
        <select id="communes-setting" name="setting" defaultValue={params.filters.setting ?? ""} className={inputClass}>
          <option value="">{lists("all")}</option>
          {SETTINGS.map((v) => <option key={v} value={v}>{t(`settings.${v}`)}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="communes-status" className="block font-semibold">{t("legalStatus")}</label>
        <select id="communes-status" name="legalStatus" defaultValue={params.filters.legalStatus ?? ""} className={inputClass}>
          <option value="">{lists("all")}</option>
          {LEGAL_STATUSES.map((v) => <option key={v} value={v}>{t(`legalStatuses.${v}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
    </form>
  );
}
