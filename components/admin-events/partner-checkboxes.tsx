import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { EventFormOptions } from "@/lib/events/types";
import { checkedPartnerIds, formSource } from "@/components/admin-events/form-helpers";

type Props = { state: FormState; defaults: Record<string, string>; organisations: EventFormOptions["organisations"] };

/**
 * One checkbox per organisation, each with its own name partners.N (runFormAction keeps one value per
 * name). The stored partners come first, in their order, so saving keeps the order they were entered in.
 */
export function PartnerCheckboxes({ state, defaults, organisations }: Props) {
  const t = useTranslations("AdminEvents.form");
  const storedOrder = checkedPartnerIds(defaults);
  const ordered = [
    ...storedOrder.flatMap((id) => organisations.filter((o) => o.id === id)),
    ...organisations.filter((o) => !storedOrder.includes(o.id)),
  ];
  const checked = new Set(checkedPartnerIds(formSource(state, defaults)));
  const error = state.fieldErrors.partners;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "partners-error" : "partners-hint"}>
      <legend className="font-semibold text-slate-900">{t("partners")}</legend>
      <p id="partners-hint" className="text-sm text-slate-600">{t("partnersHint")}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {ordered.map((o, i) => (
          <li key={o.id} className="flex items-center gap-2">
            <input id={`partner-${o.id}`} type="checkbox" name={`partners.${i}`} value={o.id} defaultChecked={checked.has(o.id)} className="size-5 accent-brand-700" />
            <label htmlFor={`partner-${o.id}`}>{o.name}{o.acronym ? ` (${o.acronym})` : ""}</label>
          </li>
        ))}
      </ul>
      {error && <p id="partners-error" className="text-sm font-semibold text-red-800">{error}</p>}
    </fieldset>
  );
}
