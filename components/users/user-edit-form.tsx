"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  /** updateUserAction.bind(null, id) */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  user: { name: string; role: string; isActive: boolean; version: number };
  roles: SelectOption[];
};

export function UserEditForm({ action, user, roles }: Props) {
  const t = useTranslations("Users");
  const common = useTranslations("Lists");
  const [state, formAction] = useActionState(action, initialFormState);
  const label = (field: string) => (["name", "role"].includes(field) ? t(field as "name") : field === "isActive" ? t("active") : field);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={label} />
      {/* After a conflict, saving again confirms the user's values over the stored version. */}
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? user.version} />
      <TextField name="name" label={t("name")} state={state} defaultValue={user.name} required />
      <SelectField name="role" label={t("role")} state={state} options={roles} defaultValue={user.role} required />
      <CheckboxField name="isActive" label={t("active")} hint={t("activeHint")} state={state} defaultChecked={user.isActive} />
      <SubmitButton label={common("save")} pendingLabel={common("saving")} />
    </form>
  );
}
