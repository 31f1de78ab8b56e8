"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.formError && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-900">
          {state.formError}
        </p>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <TextField name="email" type="email" label={t("email")} state={state} required autoComplete="username" dir="ltr" />
      <TextField name="password" type="password" label={t("password")} state={state} required autoComplete="current-password" dir="ltr" />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
