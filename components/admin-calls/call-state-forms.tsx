"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Publishing a draft: one button, with what it does said next to it. */
export function PublishCallForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("Calls.admin.detail");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2 rounded-md border border-brand-200 bg-brand-50/50 p-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm">{t("publishHint")}</p>
      <SubmitButton label={t("publish")} pendingLabel={t("publish")} />
    </form>
  );
}

/** Showing or hiding the committee's results on the public page. */
export function ResultsSwitchForm({ action, version, resultsPublic }: { action: Action; version: number; resultsPublic: boolean }) {
  const t = useTranslations("Calls.admin.detail");
  const [state, formAction] = useActionState(action, initialFormState);
  const label = resultsPublic ? t("hideResults") : t("showResults");
  return (
    <form action={formAction} className="space-y-2 rounded-md border border-slate-200 bg-white p-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="resultsPublic" value={resultsPublic ? "off" : "on"} />
      <p className="text-sm">{t("resultsHint")}</p>
      <SubmitButton label={label} pendingLabel={label} />
    </form>
  );
}

/** Cancelling asks for a reason (kept in the audit trail), folded behind a button as deleting is. */
export function CancelCallForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("Calls.admin.detail");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <details className="rounded-md border border-red-300 bg-red-50/50" open={state.status !== "idle" || undefined}>
      <summary className="cursor-pointer rounded-md px-4 py-2 font-semibold text-red-900 hover:bg-red-100">{t("cancel")}</summary>
      <form action={formAction} className="space-y-3 p-4 pt-2" noValidate>
        <FormStatus state={state} />
        <p className="text-sm">{t("cancelHint")}</p>
        <input type="hidden" name="version" value={version} />
        <TextareaField name="reason" label={t("cancelReason")} state={state} required rows={2} />
        <SubmitButton label={t("cancel")} pendingLabel={t("cancel")} variant="danger" />
      </form>
    </details>
  );
}
