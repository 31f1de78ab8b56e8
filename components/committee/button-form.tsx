"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** Hidden fields sent with the button (the session's version, a call's id). */
  fields?: Record<string, string | number>;
  variant?: "primary" | "danger";
};

/** One button that runs one action, with its refusal said right above it (mark held, re-rank, undo...). */
export function ButtonForm({ action, label, pendingLabel, fields = {}, variant }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} guard={false} />
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <SubmitButton label={label} pendingLabel={pendingLabel} variant={variant} />
    </form>
  );
}
