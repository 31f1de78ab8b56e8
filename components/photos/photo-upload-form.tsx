"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { PhotoInput } from "@/components/photos/photo-input";

/** Adds photos to a gallery (an event's): each arrives private, to be described and made public. */
export function PhotoUploadForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("Photos.upload");
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} guard={false} />
      <PhotoInput state={state} legend={t("legend")} />
      <SubmitButton label={t("submit")} pendingLabel={t("sending")} />
    </form>
  );
}
