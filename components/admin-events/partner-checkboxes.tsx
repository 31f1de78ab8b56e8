"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { EventFormOptions } from "@/lib/events/types";
import { ORGANISATION_KINDS } from "@/lib/organisations/schema";
import { foldForSearch } from "@/lib/search/fold";
import { checkedPartnerIds, formSource } from "@/components/admin-events/form-helpers";

type Props = { state: FormState; defaults: Record<string, string>; organisations: EventFormOptions["organisations"] };

const label = (o: { name: string; acronym: string | null }) => `${o.name}${o.acronym ? ` (${o.acronym})` : ""}`;

/**
 * One checkbox per organisation, each with its own name partners.N (runFormAction keeps one value per
 * name). The stored partners take the first names, in their order, so saving keeps the order they were
 * entered in. Shown grouped by kind of organisation, with a search that hides what does not match (Arabic
 * folded as in the workspace search); hidden boxes keep their choice and are still sent.
 */
export function PartnerCheckboxes({ state, defaults, organisations }: Props) {
  const t = useTranslations("AdminEvents.form");
  const help = useTranslations("FormHelp");
  const kinds = useTranslations("Organisations.kinds");
  const storedOrder = checkedPartnerIds(defaults);
  const ordered = [
    ...storedOrder.flatMap((id) => organisations.filter((o) => o.id === id)),
    ...organisations.filter((o) => !storedOrder.includes(o.id)),
  ];
  const checked = new Set(checkedPartnerIds(formSource(state, defaults)));
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState(checked.size);
  const folded = foldForSearch(query);
  const matches = (o: (typeof ordered)[number]) => !folded || foldForSearch(label(o)).includes(folded);
  const error = state.fieldErrors.partners;
  const groups = [...ORGANISATION_KINDS, "OTHER"].filter((k, i, all) => all.indexOf(k) === i);
  const kindOf = (o: { kind: string }) => ((ORGANISATION_KINDS as readonly string[]).includes(o.kind) ? o.kind : "OTHER");
  const anyMatch = ordered.some(matches);
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={error ? "partners-error" : "partners-hint"}
      onChange={(e) => setChosen(e.currentTarget.querySelectorAll('input[name^="partners."]:checked').length)}
    >
      <legend className="font-semibold text-slate-900">{t("partners")}</legend>
      <p id="partners-hint" className="text-sm text-slate-600">{t("partnersHint")}</p>
      <p className="text-sm font-semibold" aria-live="polite" data-testid="partners-chosen">{help("partnersChosen", { count: chosen })}</p>
      <div className="space-y-1">
        <label htmlFor="partner-search" className="block text-sm font-semibold text-slate-900">{help("partnerSearch")}</label>
        <input
          id="partner-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && e.preventDefault()} // Enter filters; it must not submit the form
          aria-describedby="partner-search-hint"
          className="block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <p id="partner-search-hint" className="text-sm text-slate-600">{help("partnerSearchHint")}</p>
      </div>
      {!anyMatch && <p className="text-sm" role="status">{help("partnerNoMatch")}</p>}
      {groups.map((kind) => {
        const members = ordered.map((o, i) => ({ o, i })).filter(({ o }) => kindOf(o) === kind);
        if (members.length === 0) return null;
        const visible = members.some(({ o }) => matches(o));
        return (
          <fieldset key={kind} hidden={!visible} className="space-y-1 rounded-md border border-slate-200 p-2">
            <legend className="px-1 text-sm font-semibold text-slate-700">{kinds(kind as "OTHER")}</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {members.map(({ o, i }) => (
                <li key={o.id} hidden={!matches(o)} className="flex items-center gap-2">
                  <input id={`partner-${o.id}`} type="checkbox" name={`partners.${i}`} value={o.id} defaultChecked={checked.has(o.id)} className="size-5 accent-brand-700" />
                  <label htmlFor={`partner-${o.id}`}>{label(o)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      {error && <p id="partners-error" className="text-sm font-semibold text-red-800">{error}</p>}
    </fieldset>
  );
}
