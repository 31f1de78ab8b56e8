"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { inputClass } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Name of the date field the action reads (paidOn, reachedOn, signedOn). */
  dateName: string;
  /** Makes the ids unique on a page holding one such form per milestone or tranche. */
  idPrefix: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  hidden: Record<string, string | number>;
};

/**
 * One date and one button (sign, milestone reached, pay a tranche). The refusal is said right here, next to
 * the date, whether it is about the date or the whole request; nothing typed is lost.
 */
export function InlineDateForm({ action, dateName, idPrefix, label, submitLabel, pendingLabel, hidden }: Props) {
  const d = useTranslations("DateInput");
  const [state, formAction] = useActionState(action, initialFormState);
  const id = `${idPrefix}-${dateName}`;
  const error = state.fieldErrors[dateName] ?? (state.status === "error" || state.status === "conflict" ? state.formError : null);
  const version = state.conflict?.currentVersion;
  return (
    <form action={formAction} noValidate className="no-print flex flex-wrap items-end gap-2" data-testid={idPrefix}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={name === "version" && version ? version : value} />
      ))}
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
        <input
          id={id}
          name={dateName}
          defaultValue={state.values[dateName] ?? ""}
          placeholder={d("placeholder")}
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          className={`${inputClass} w-36`}
        />
        <p id={`${id}-hint`} className="sr-only">{d("hint")}</p>
      </div>
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      {error && <p id={`${id}-error`} role="alert" className="basis-full text-sm font-semibold text-red-800">{error}</p>}
    </form>
  );
}
