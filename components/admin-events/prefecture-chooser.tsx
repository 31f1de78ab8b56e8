import { getTranslations } from "next-intl/server";
import type { NamedOption } from "@/lib/events/types";
import { inputClass } from "@/components/forms/field";

type Props = { prefectures: NamedOption[]; chosen: number | null };

/**
 * A national user's first step of a new event: the prefecture or province where it is held. A GET form
 * (works without JavaScript): the event form below then offers that prefecture's organisations and
 * communes, and its public page reconciles with that prefecture's records only.
 */
export async function PrefectureChooser({ prefectures, chosen }: Props) {
  const t = await getTranslations("AdminEvents.form");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-md border border-brand-100 bg-brand-50/50 p-4">
      <div className="w-full space-y-1 sm:w-auto sm:min-w-64 sm:flex-1">
        <label htmlFor="choose-prefecture" className="block font-semibold text-slate-900">{t("prefectureId")}</label>
        <select id="choose-prefecture" name="prefecture" required defaultValue={chosen ?? ""} className={inputClass} aria-describedby="choose-prefecture-hint">
          <option value="">{t("choose")}</option>
          {prefectures.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
        </select>
        <p id="choose-prefecture-hint" className="text-sm text-slate-600">{t("prefectureHint")}</p>
      </div>
      <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
        {chosen === null ? t("choosePrefecture") : t("changePrefecture")}
      </button>
    </form>
  );
}
