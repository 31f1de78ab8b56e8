"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  /** The action bound to the record (setGrantPublicAction, setCooperativePublicAction). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Where the button's words are: publish, unpublish, saving and field (the refusal's field name). */
  namespace: "OpenData.grant" | "CooperativePublication";
  isPublic: boolean;
  version: number;
};

/**
 * One button that asks for the opposite of the current state. The state asked for is sent, not "toggle",
 * so a double submit cannot flip it back; after a conflict the newer version is sent, as other forms do.
 */
export function PublicationSwitchForm({ action, namespace, isPublic, version }: Props) {
  const t = useTranslations(namespace);
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="no-print space-y-3">
      <FormStatus state={state} fieldLabel={() => t("field")} />
      <input type="hidden" name="isPublic" value={String(!isPublic)} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />
      <SubmitButton label={isPublic ? t("unpublish") : t("publish")} pendingLabel={t("saving")} />
      {/* A refusal (a demonstration grant, say) right next to the button it answers. */}
      {state.fieldErrors.isPublic && <p id="field-isPublic-error" className="text-sm font-semibold text-red-800">{state.fieldErrors.isPublic}</p>}
    </form>
  );
}
