"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { MAX_CRITERIA, MAX_REQUIRED_DOCUMENTS, WEIGHTS_TOTAL } from "@/lib/calls/schema";
import { TextField } from "@/components/forms/text-field";
import { rowCount, typedWeightsTotal } from "@/components/admin-calls/form-rows";

type Props = { state: FormState; source: Record<string, string>; locked: boolean };

const rowInputs = (source: Record<string, string>, list: string, fields: string[], rows: number) =>
  Array.from({ length: rows }, (_, i) => fields.map((f) => `${list}.${i}.${f}`)).flat().map((name) => <input key={name} type="hidden" name={name} value={source[name] ?? ""} />);

/** A list-wide refusal (none given, too many, weights, locked) shown next to the list, reachable from the summary. */
function ListError({ name, state }: { name: string; state: FormState }) {
  const error = state.fieldErrors[name];
  return error ? <p id={`field-${name}-error`} className="font-semibold text-red-800">{error}</p> : null;
}

/** Required documents as numbered rows (documents.N.labelAr / labelFr); blank rows are ignored. */
export function DocumentRows({ state, source, locked }: Props) {
  const t = useTranslations("Calls.form");
  const rows = rowCount(source, "documents", MAX_REQUIRED_DOCUMENTS);
  return (
    <fieldset id="field-documents" tabIndex={-1} className="space-y-3">
      <legend className="text-lg font-bold text-brand-800">{t("documents")}</legend>
      <p className="text-sm text-slate-600">{t("documentsHint")}</p>
      <ListError name="documents" state={state} />
      {locked ? (
        <>
          {rowInputs(source, "documents", ["labelAr", "labelFr"], rows)}
          <ol className="list-decimal space-y-1 ps-6">
            {Array.from({ length: rows }, (_, i) => source[`documents.${i}.labelAr`] && (
              <li key={i}><span dir="rtl">{source[`documents.${i}.labelAr`]}</span> — <span dir="ltr">{source[`documents.${i}.labelFr`]}</span></li>
            ))}
          </ol>
        </>
      ) : (
        Array.from({ length: rows }, (_, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 bg-white p-3 md:grid-cols-2">
            <legend className="px-1 font-semibold text-brand-800">{t("documentRow", { number: i + 1 })}</legend>
            <TextField name={`documents.${i}.labelAr`} label={t("documentLabelAr")} state={state} defaultValue={source[`documents.${i}.labelAr`]} dir="rtl" />
            <TextField name={`documents.${i}.labelFr`} label={t("documentLabelFr")} state={state} defaultValue={source[`documents.${i}.labelFr`]} dir="ltr" />
          </fieldset>
        ))
      )}
    </fieldset>
  );
}

/** The scoring grid (criteria.N.labelAr / labelFr / weight) with its running total next to it. */
export function CriterionRows({ state, source, locked }: Props) {
  const t = useTranslations("Calls.form");
  const rows = rowCount(source, "criteria", MAX_CRITERIA);
  const [total, setTotal] = useState(() => typedWeightsTotal(source));
  const onInput = (e: React.FormEvent<HTMLFieldSetElement>) => {
    const inputs = e.currentTarget.querySelectorAll<HTMLInputElement>('input[name$=".weight"]');
    setTotal(typedWeightsTotal(Object.fromEntries([...inputs].map((input) => [input.name, input.value]))));
  };
  return (
    <fieldset id="field-criteria" tabIndex={-1} className="space-y-3" onInput={onInput} aria-describedby={state.fieldErrors.criteria ? "field-criteria-error" : undefined}>
      <legend className="text-lg font-bold text-brand-800">{t("criteria")}</legend>
      <p className="text-sm text-slate-600">{t("criteriaHint")}</p>
      <ListError name="criteria" state={state} />
      {locked ? (
        <>
          {rowInputs(source, "criteria", ["labelAr", "labelFr", "weight"], rows)}
          <ol className="list-decimal space-y-1 ps-6">
            {Array.from({ length: rows }, (_, i) => source[`criteria.${i}.labelAr`] && (
              <li key={i}><span dir="rtl">{source[`criteria.${i}.labelAr`]}</span> — <span dir="ltr">{source[`criteria.${i}.labelFr`]}</span>: {source[`criteria.${i}.weight`]}</li>
            ))}
          </ol>
        </>
      ) : (
        Array.from({ length: rows }, (_, i) => (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 bg-white p-3 md:grid-cols-[1fr_1fr_8rem]">
            <legend className="px-1 font-semibold text-brand-800">{t("criterionRow", { number: i + 1 })}</legend>
            <TextField name={`criteria.${i}.labelAr`} label={t("criterionLabelAr")} state={state} defaultValue={source[`criteria.${i}.labelAr`]} dir="rtl" />
            <TextField name={`criteria.${i}.labelFr`} label={t("criterionLabelFr")} state={state} defaultValue={source[`criteria.${i}.labelFr`]} dir="ltr" />
            <TextField name={`criteria.${i}.weight`} label={t("weight")} state={state} defaultValue={source[`criteria.${i}.weight`]} inputMode="numeric" dir="ltr" />
          </fieldset>
        ))
      )}
      <p aria-live="polite" data-testid="weights-total" className={`font-semibold ${total === WEIGHTS_TOTAL ? "text-brand-800" : "text-red-800"}`}>
        {t("weightsTotal", { total })}
      </p>
    </fieldset>
  );
}
