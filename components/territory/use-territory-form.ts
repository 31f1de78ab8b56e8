"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * Shared wiring of the territory forms: the action state, the Territory labels, and the version to send
 * (after a conflict, the stored one, so that saving again confirms the user's values).
 */
export function useTerritoryForm(action: FormAction, version?: number) {
  const t = useTranslations("Territory");
  const lists = useTranslations("Lists");
  const [state, formAction] = useActionState(action, initialFormState);
  const fieldLabel = (field: string) => (t.has(field as "code") ? t(field as "code") : field);
  return { t, lists, state, formAction, fieldLabel, version: state.conflict?.currentVersion ?? version };
}
