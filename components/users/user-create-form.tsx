"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState } from "@/lib/actions/form-state";
import { createUserAction } from "@/lib/users/actions";
import { TextField } from "@/components/forms/text-field";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  roles: SelectOption[];
  /** Given only to a national admin, who alone may choose another prefecture or grant national rights. */
  prefectures: SelectOption[] | null;
  defaultPrefectureId: number;
};

export function UserCreateForm({ roles, prefectures, defaultPrefectureId }: Props) {
  const t = useTranslations("Users");
  const [state, action] = useActionState(createUserAction, initialFormState);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField name="email" type="email" label={t("email")} state={state} required dir="ltr" autoComplete="off" />
      <TextField name="name" label={t("name")} state={state} required />
      <SelectField name="role" label={t("role")} state={state} options={roles} defaultValue="STAFF" required />
      {prefectures && (
        <>
          <SelectField name="prefectureId" label={t("prefecture")} state={state} options={prefectures} defaultValue={defaultPrefectureId} required />
          <CheckboxField name="isNational" label={t("national")} hint={t("nationalHint")} state={state} />
        </>
      )}
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} state={state} autoComplete="new-password" dir="ltr" />
      <SubmitButton label={t("create")} pendingLabel={t("creating")} />
    </form>
  );
}
