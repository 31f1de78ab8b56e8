"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

export type CandidateView = { applicationId: number; label: string; details: string; score: string; deferred: boolean };

type Props = {
  /** addAgendaItemsAction.bind(null, sessionId). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  candidates: CandidateView[];
};

/** Ticks the eligible applications to put on the agenda (best current score first). */
export function AddItemsForm({ action, candidates }: Props) {
  const t = useTranslations("Committee.add");
  const [state, formAction] = useActionState(action, initialFormState);
  const error = state.fieldErrors.applicationIds;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} guard={false} fieldLabel={() => t("title")} />
      <fieldset aria-describedby={error ? "field-applicationIds-error" : undefined}>
        <legend className="sr-only">{t("title")}</legend>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white">
          {candidates.map((c, i) => (
            <li key={c.applicationId} className="flex items-start gap-3 p-3">
              <input id={`candidate-${c.applicationId}`} type="checkbox" name={`applicationIds.${i}`} value={c.applicationId} className="mt-1 size-5 shrink-0 accent-brand-700" />
              <label htmlFor={`candidate-${c.applicationId}`} className="min-w-0 flex-1">
                <span className="block font-semibold">{c.label}</span>
                <span className="block text-sm text-slate-700">{c.details}</span>
                <span className="block text-sm text-slate-700">
                  {c.score}
                  {c.deferred && <span className="ms-2 rounded bg-ochre-100 px-1">{t("deferredBefore")}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {error && <p id="field-applicationIds-error" className="mt-1 text-sm font-semibold text-red-800">{error}</p>}
      </fieldset>
      <SubmitButton label={t("submitSelected")} pendingLabel={t("adding")} />
    </form>
  );
}
