import { useTranslations } from "next-intl";

type Props = { name: string; label: string; value: string; shown?: string; error?: string };

/**
 * A field that may no longer change: its stored value is sent as is (the server still compares it with the
 * record), shown as text with a "locked" mark, and any refusal appears right below it.
 */
export function LockedValue({ name, label, value, shown, error }: Props) {
  const t = useTranslations("Calls.form");
  const id = `field-${name.replace(/\./g, "-")}`;
  return (
    <div className="space-y-1">
      <input type="hidden" name={name} value={value} />
      <p className="font-semibold text-slate-900">{label}</p>
      <p id={id} tabIndex={-1} className="rounded-md border border-dashed border-slate-400 bg-slate-50 px-3 py-2 text-slate-800">
        <span dir="auto">{shown ?? value}</span> <span className="text-sm text-slate-600">({t("locked")})</span>
      </p>
      {error && <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p>}
    </div>
  );
}
