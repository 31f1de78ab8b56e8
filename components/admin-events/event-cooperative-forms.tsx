"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Adds a cooperative by its register number (the one identifier staff have at hand at an event). */
export function EventCooperativeAddForm({ action }: { action: Action }) {
  const t = useTranslations("EventCooperatives");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3 rounded-md bg-white p-3">
      <FormStatus state={state} guard={false} fieldLabel={() => t("registerNumber")} />
      <div className="max-w-sm">
        <TextField name="registerNumber" label={t("registerNumber")} state={state} required dir="ltr" autoComplete="off" />
      </div>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} />
    </form>
  );
}

export function EventCooperativeRemoveButton({ action, label }: { action: Action; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline">
      {state.formError && <p className="text-sm font-semibold text-red-800">{state.formError}</p>}
      <button type="submit" className="text-sm font-semibold text-red-800 underline">{label}</button>
    </form>
  );
}
