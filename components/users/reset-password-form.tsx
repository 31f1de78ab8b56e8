"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

/** Sets a new password for another account (typed, or generated and shown once) and ends its sessions. */
export function ResetPasswordForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("Users");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-xl space-y-3 rounded-md border border-slate-300 p-4" noValidate>
      <h2 className="text-lg font-bold text-brand-800">{t("resetTitle")}</h2>
      <p className="text-sm">{t("resetHelp")}</p>
      <FormStatus state={state} />
      <TextField name="password" type="password" label={t("newPassword")} hint={t("passwordHint")} state={state} autoComplete="new-password" dir="ltr" />
      <SubmitButton label={t("resetSubmit")} pendingLabel={t("resetting")} />
    </form>
  );
}
