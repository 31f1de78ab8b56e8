import { useTranslations } from "next-intl";

export type FiledRecordKind = "event" | "call" | "session";

type Props = { kind: FiledRecordKind; prefecture: { id: number; name: string }; error?: string };

/** Where a national user's new record is filed, sent as a hidden field; a refusal is shown right here. */
export function FiledUnder({ kind, prefecture, error }: Props) {
  const t = useTranslations("FilingPrefecture");
  return (
    <div className="space-y-1">
      <input type="hidden" name="prefectureId" value={prefecture.id} />
      <p data-testid="filed-under" className="font-semibold text-slate-900">{t(`filedUnder.${kind}`, { prefecture: prefecture.name })}</p>
      {error && <p id="field-prefectureId-error" className="text-sm font-semibold text-red-800">{error}</p>}
    </div>
  );
}
