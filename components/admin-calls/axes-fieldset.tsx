import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { ProgrammeChoice } from "@/lib/calls/types";
import { checkedAxisIds } from "@/components/admin-calls/form-rows";

type Props = {
  state: FormState;
  source: Record<string, string>;
  programmes: ProgrammeChoice[];
  locked: boolean;
  /** The programme chosen in the form (null: none yet): other programmes' groups are hidden in the browser. */
  chosenProgrammeId: number | null;
};

/**
 * The axes of every programme, grouped under their programme; the server checks they belong to the one
 * chosen. Each box has its own name axes.N (one value per name). Once a programme is chosen, the other
 * groups are hidden unless one of their boxes is ticked (a hidden ticked box would be refused unseen).
 * Without JavaScript every group shows. Locked: the ticked axes are sent as hidden fields and listed.
 */
export function AxesFieldset({ state, source, programmes, locked, chosenProgrammeId }: Props) {
  const t = useTranslations("Calls.form");
  const checked = checkedAxisIds(source);
  const error = state.fieldErrors.axes;
  const all = programmes.flatMap((p) => p.axes.map((a) => ({ ...a, programme: p })));
  return (
    <fieldset id="field-axes" tabIndex={-1} className="space-y-2" aria-describedby={error ? "field-axes-error" : "field-axes-hint"}>
      <legend className="font-semibold text-slate-900">{t("axes")}</legend>
      <p id="field-axes-hint" className="text-sm text-slate-600">{t("axesHint")}</p>
      {locked ? (
        <ul className="list-disc space-y-1 ps-6">
          {all.map((a, i) => checked.has(a.id) && (
            <li key={a.id}>
              <input type="hidden" name={`axes.${i}`} value={a.id} />
              {a.name} <span className="text-sm text-slate-600">({t("locked")})</span>
            </li>
          ))}
        </ul>
      ) : (
        programmes.filter((p) => p.axes.length > 0).map((p) => (
          <fieldset key={p.id} data-programme-id={p.id} hidden={chosenProgrammeId !== null && chosenProgrammeId !== p.id && !p.axes.some((a) => checked.has(a.id))} className="space-y-1 rounded-md border border-slate-200 p-2">
            <legend className="px-1 text-sm font-semibold text-slate-700">{p.label}</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {p.axes.map((a) => {
                const i = all.findIndex((x) => x.id === a.id);
                return (
                  <li key={a.id} className="flex items-center gap-2">
                    <input id={`axis-${a.id}`} type="checkbox" name={`axes.${i}`} value={a.id} defaultChecked={checked.has(a.id)} className="size-5 shrink-0 accent-brand-700" />
                    <label htmlFor={`axis-${a.id}`}>{a.name}</label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))
      )}
      {error && <p id="field-axes-error" className="text-sm font-semibold text-red-800">{error}</p>}
    </fieldset>
  );
}
