"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createFirstAdminAction } from "@/lib/setup/actions";
import { initialFormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

export function FirstAdminForm({ prefectures }: { prefectures: SelectOption[] }) {
  const t = useTranslations("Setup");
  const [state, action] = useActionState(createFirstAdminAction, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="token" label={t("token")} hint={t("tokenHint")} state={state} required autoComplete="off" dir="ltr" />
      <TextField name="name" label={t("name")} state={state} required autoComplete="name" />
      <TextField name="email" type="email" label={t("email")} state={state} required autoComplete="username" dir="ltr" />
      <SelectField name="prefectureId" label={t("prefecture")} state={state} options={prefectures} defaultValue={prefectures[0]?.value} required />
      <CheckboxField name="isNational" label={t("national")} hint={t("nationalHint")} state={state} />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} required autoComplete="new-password" dir="ltr" />
      <TextField name="confirmPassword" type="password" label={t("confirmPassword")} state={state} required autoComplete="new-password" dir="ltr" />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
