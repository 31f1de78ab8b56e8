"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { SelectField } from "@/components/forms/select-field";

type Props = {
  /** addEligibleOfCallAction.bind(null, sessionId). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  calls: { id: number; label: string }[];
};

/** "Add all eligible of call X": every application of the call that could go on the agenda now. */
export function AddCallForm({ action, calls }: Props) {
  const t = useTranslations("Committee.add");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormStatus state={state} guard={false} fieldLabel={() => t("call")} />
      <SelectField name="callId" label={t("call")} state={state} options={calls.map((c) => ({ value: c.id, label: c.label }))} required />
      <SubmitButton label={t("submitCall")} pendingLabel={t("adding")} />
    </form>
  );
}
