"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { CooperativeSuggestion } from "@/lib/cooperatives/suggestions";
import type { Option } from "@/lib/grants/types";
import { Field, inputClass } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { useSuggestions } from "@/components/grants/use-suggestions";

type Props = {
  name: string;
  label: string;
  state: FormState;
  /** Every cooperative of the prefecture: the plain select without JavaScript, and the chosen one's name. */
  options: Option[];
  defaultValue?: string;
  placeholder: string;
};

/**
 * The cooperative of a grant, picked by typing part of a name (Arabic or French) or register number: an ARIA
 * combobox with a listbox of suggestions from the server (folded as search is). Until JavaScript runs, and
 * without it, the same field is the plain select, so the form still works.
 */
export function CooperativeCombobox(props: Props) {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  if (!enhanced) return <SelectField name={props.name} label={props.label} state={props.state} options={props.options} placeholder={props.placeholder} defaultValue={props.defaultValue} required />;
  return <Combobox {...props} />;
}

function Combobox({ name, label, state, options, defaultValue }: Props) {
  const t = useTranslations("Grants.form.cooperativeSearch");
  const locale = useLocale();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const submitted = name in state.values ? (state.values[name] ?? "") : (defaultValue ?? "");
  const labelOf = (value: string) => options.find((o) => String(o.value) === value)?.label ?? "";
  const [chosen, setChosen] = useState(submitted);
  const [text, setText] = useState(labelOf(submitted));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Once a cooperative is chosen its name is in the field: searching resumes when the text is changed.
  const { suggestions, status } = useSuggestions(locale, text, open && chosen === "");

  // A refused submit answers with the submitted choice: show it again (React resets the form after an action).
  useEffect(() => {
    setChosen(submitted);
    setText(labelOf(submitted));
  }, [state]);

  const choose = (s: CooperativeSuggestion) => {
    setChosen(String(s.value));
    setText(options.find((o) => o.value === s.value)?.label ?? s.label);
    setOpen(false);
    setActive(-1);
  };

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const last = suggestions.length - 1;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (last < 0 ? -1 : i + step > last ? 0 : i + step < 0 ? last : i + step));
    } else if (event.key === "Enter" && open && active >= 0 && suggestions[active]) {
      event.preventDefault(); // choosing, not submitting the form
      choose(suggestions[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = open && (suggestions.length > 0 || status !== "idle");
  return (
    <Field name={name} label={label} state={state} hint={t("hint")} required>
      {({ defaultValueFrom: _unused, ...control }) => (
        <div className="relative">
          <input
            {...control}
            ref={input}
            name={undefined}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-required
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setChosen(""); // a changed text is a new search, not the cooperative chosen before
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            className={inputClass}
          />
          <input type="hidden" name={name} value={chosen} />
          <ul id={listId} role="listbox" aria-label={label} hidden={!expanded} className="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-auto rounded-md border border-slate-300 bg-white shadow-lg">
            {suggestions.map((s, i) => (
              <li
                key={s.value}
                id={optionId(i)}
                role="option"
                aria-selected={i === active || String(s.value) === chosen}
                // mousedown would blur the input and close the list before the click lands
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(s)}
                className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
              >
                <span className="block font-semibold text-slate-900">{s.label}</span>
                <span className="block text-sm text-slate-600"><bdi>{s.detail}</bdi></span>
              </li>
            ))}
          </ul>
          <p role="status" className="sr-only">
            {open ? (status === "loading" ? t("searching") : status === "failed" ? t("failed") : status === "done" ? t("results", { count: suggestions.length }) : "") : ""}
          </p>
          {open && status === "done" && suggestions.length === 0 && <p className="mt-1 text-sm text-slate-700">{t("results", { count: 0 })}</p>}
          {open && status === "failed" && <p className="mt-1 text-sm text-red-800">{t("failed")}</p>}
          {!open && chosen === "" && text.trim() !== "" && <p className="mt-1 text-sm text-amber-900">{t("notChosen")}</p>}
        </div>
      )}
    </Field>
  );
}
