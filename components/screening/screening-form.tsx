"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { ChecklistLine } from "@/lib/screening/types";
import { SCREENING_DECISIONS, screeningInputSchema } from "@/lib/screening/schema";
import { inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useValidatedAction } from "@/components/forms/use-validated-action";

type Props = {
  /** screenApplicationAction bound to the application id. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  checklist: ChecklistLine[];
  decision: string | null;
  reason: string | null;
};

/** The checklist, the decision and its reason in one form; works without JavaScript (a plain POST). */
export function ScreeningForm({ action, version, checklist, decision, reason }: Props) {
  const t = useTranslations("Screening.panel");
  const status = useTranslations("Screening.status");
  const [state, formAction, onSubmit] = useValidatedAction(action, screeningInputSchema);
  // A refused submit shows what the user left; otherwise (first render, after a save) what is stored.
  const typed = state.status === "error" || state.status === "conflict";
  const currentVersion = state.conflict?.currentVersion ?? version;
  const chosen = typed ? state.values.decision : decision;
  const decisionError = state.fieldErrors.decision;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5 rounded-md border border-slate-300 bg-white p-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={currentVersion} />
      <fieldset className="space-y-3">
        <legend className="font-bold text-brand-800">{t("checklist")}</legend>
        {checklist.map((line, i) => {
          const id = `check-${i}`;
          const checked = typed ? state.values[`checks.${i}.valid`] === "on" : (line.isValid ?? line.attached);
          const note = typed ? (state.values[`checks.${i}.note`] ?? "") : (line.note ?? "");
          return (
            <div key={line.documentId} className="grid gap-2 border-t border-slate-200 pt-3 sm:grid-cols-2 sm:items-center">
              <input type="hidden" name={`checks.${i}.documentId`} value={line.documentId} />
              <div className="flex items-center gap-2">
                <input id={`${id}-valid`} type="checkbox" name={`checks.${i}.valid`} defaultChecked={checked} className="size-5 shrink-0 accent-brand-700" />
                <label htmlFor={`${id}-valid`} className="font-semibold">
                  {t("valid", { label: line.label })}
                  {!line.attached && <span className="ms-1 font-normal text-red-800">({t("notAttached")})</span>}
                </label>
              </div>
              <div>
                <label htmlFor={`${id}-note`} className="sr-only">{t("note", { label: line.label })}</label>
                <input id={`${id}-note`} name={`checks.${i}.note`} defaultValue={note} placeholder={t("note", { label: line.label })} maxLength={500} className={inputClass} />
              </div>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={decisionError ? "field-decision-error" : undefined}>
        <legend className="font-bold text-brand-800">{t("decision")}<span aria-hidden="true" className="text-red-700"> *</span></legend>
        <div id="field-decision" className="flex flex-wrap gap-6">
          {SCREENING_DECISIONS.map((value) => (
            <div key={value} className="flex items-center gap-2">
              <input id={`decision-${value}`} type="radio" name="decision" value={value} defaultChecked={chosen === value} aria-invalid={Boolean(decisionError)} className="size-5 accent-brand-700" />
              <label htmlFor={`decision-${value}`} className="font-semibold">{status(value)}</label>
            </div>
          ))}
        </div>
        {decisionError && <p id="field-decision-error" className="text-sm font-semibold text-red-800">{decisionError}</p>}
      </fieldset>
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} state={state} defaultValue={typed ? undefined : reason} rows={3} />
      <SubmitButton label={t("submit")} pendingLabel={t("saving")} />
    </form>
  );
}
