"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

export function ChangePasswordForm() {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="currentPassword" type="password" label={t("currentPassword")} state={state} required autoComplete="current-password" dir="ltr" />
      <TextField name="newPassword" type="password" label={t("newPassword")} hint={t("newPasswordHint")} state={state} required autoComplete="new-password" dir="ltr" />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} state={state} required autoComplete="new-password" dir="ltr" />
      <SubmitButton label={t("changePassword")} pendingLabel={t("changing")} />
    </form>
  );
}
