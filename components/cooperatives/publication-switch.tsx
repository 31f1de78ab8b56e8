"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

/** One button asking for the opposite state (sent as such, so a double submit cannot flip it back). */
export function PublicationSwitch({ action, isPublic, version }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; isPublic: boolean; version: number }) {
  const t = useTranslations("CooperativePublication");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-3">
      <FormStatus state={state} guard={false} fieldLabel={() => t("field")} />
      <input type="hidden" name="isPublic" value={String(!isPublic)} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />
      <SubmitButton label={isPublic ? t("unpublish") : t("publish")} pendingLabel={t("saving")} />
    </form>
  );
}
