"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { conflictInputSchema } from "@/lib/reviews/schema";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useValidatedAction } from "@/components/forms/use-validated-action";

/** Folded behind its title: declaring is final, so it is not the first thing a reviewer meets. */
export function ConflictForm({ action, version }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; version: number }) {
  const t = useTranslations("Reviews.conflict");
  const [state, formAction, onSubmit] = useValidatedAction(action, conflictInputSchema);
  return (
    <details className="rounded-md border border-ochre-700/50 bg-ochre-100/50" open={state.status !== "idle" || undefined}>
      <summary className="cursor-pointer px-4 py-2 font-semibold">{t("title")}</summary>
      <form action={formAction} onSubmit={onSubmit} className="space-y-3 p-4 pt-2" noValidate>
        <p className="text-sm">{t("help")}</p>
        <FormStatus state={state} />
        <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />
        <TextareaField name="note" label={t("note")} state={state} rows={2} required />
        <SubmitButton label={t("submit")} pendingLabel={t("saving")} variant="danger" />
      </form>
    </details>
  );
}
