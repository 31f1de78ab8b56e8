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
 * Deleting asks for a reason (kept in the audit trail) and an explicit confirmation, behind a disclosure
 * button. A record others refer
 * to is refused by the server with the list of what refers to it.
 */
export function DeleteRecordForm({ action, version }: Props) {
  const t = useTranslations("Delete");
  const help = useTranslations("FormHelp");
  const [state, formAction] = useActionState(action, initialFormState);
  // Folded behind a button so it is not the first thing on the page; it opens by itself after a refusal.
  return (
    <details className="group rounded-md border border-red-300 bg-red-50/50" open={state.status !== "idle" || undefined}>
      <summary className="cursor-pointer list-none rounded-md px-4 py-2 font-semibold text-red-900 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="me-2 inline-block transition-transform rtl:-scale-x-100 group-open:rotate-90 rtl:group-open:-rotate-90">▸</span>
        {help("deleteOpen")}
      </summary>
      <form action={formAction} className="space-y-3 p-4 pt-2" noValidate>
        <h2 className="text-lg font-bold text-red-900">{t("title")}</h2>
        <p className="text-sm">{t("help")}</p>
        <FormStatus state={state} />
        <input type="hidden" name="version" value={version} />
        <TextareaField name="reason" label={t("reason")} state={state} required rows={2} />
        <CheckboxField name="confirm" label={t("confirm")} state={state} />
        <SubmitButton label={t("submit")} pendingLabel={t("deleting")} variant="danger" />
      </form>
    </details>
  );
}
