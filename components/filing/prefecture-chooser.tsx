import { getTranslations } from "next-intl/server";
import type { NamedOption } from "@/lib/events/types";
import { inputClass } from "@/components/forms/field";
import type { FiledRecordKind } from "./filed-under";

type Props = { kind: FiledRecordKind; prefectures: NamedOption[]; chosen: number | null };

/**
 * A national user's first step of a new event, call or committee session: the prefecture or province it
 * belongs to. A GET form (works without JavaScript): the form below then offers that prefecture's own
 * choices (communes, organisations, eligible applications) and files the record there.
 */
export async function PrefectureChooser({ kind, prefectures, chosen }: Props) {
  const t = await getTranslations("FilingPrefecture");
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
        <p id="choose-prefecture-hint" className="text-sm text-slate-600">{t(`hint.${kind}`)}</p>
      </div>
      <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
        {chosen === null ? t("choosePrefecture") : t("changePrefecture")}
      </button>
    </form>
  );
}
