"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { TextareaField } from "@/components/forms/textarea-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  /** A delete action bound to the record id: deleteXAction.bind(null, id). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  version: number;
};

/**
 * Deleting asks for a reason (kept in the audit trail) and an explicit confirmation. A record others refer
 * to is refused by the server with the list of what refers to it.
 */
export function DeleteRecordForm({ action, version }: Props) {
  const t = useTranslations("Delete");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3 rounded-md border border-red-300 bg-red-50/50 p-4" noValidate>
      <h2 className="text-lg font-bold text-red-900">{t("title")}</h2>
      <p className="text-sm">{t("help")}</p>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <TextareaField name="reason" label={t("reason")} state={state} required rows={2} />
      <CheckboxField name="confirm" label={t("confirm")} state={state} />
      <SubmitButton label={t("submit")} pendingLabel={t("deleting")} variant="danger" />
    </form>
  );
}
