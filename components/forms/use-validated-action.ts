"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { z } from "zod";
import { useTranslations } from "next-intl";
import { initialFormState, submittedValues, unflatten, type FormState } from "@/lib/actions/form-state";
import { fieldErrorsFromIssues } from "@/lib/actions/field-errors";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState plus the same zod schema the server uses, run in the browser before submitting: a form
 * with mistakes is stopped at once, with the server's messages next to the fields and nothing typed lost.
 * The server still validates everything (without JavaScript it is the only check).
 */
export function useValidatedAction(action: Action, schema: z.ZodType) {
  const [serverState, formAction] = useActionState(action, initialFormState);
  const [clientState, setClientState] = useState<FormState | null>(null);
  const t = useTranslations("Validation");
  const translator = Object.assign((key: string, values?: Record<string, string | number>) => t(key as "invalid", values), {
    has: (key: string) => t.has(key as "invalid"),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const values = submittedValues(new FormData(event.currentTarget));
    let nested: Record<string, unknown>;
    try {
      nested = unflatten(values);
    } catch {
      return; // names no form of the app has: the server refuses them with its message
    }
    const parsed = schema.safeParse(nested);
    if (parsed.success) {
      setClientState(null);
      return; // the server action runs
    }
    event.preventDefault();
    setClientState({ ...initialFormState, status: "error", values, fieldErrors: fieldErrorsFromIssues(parsed.error.issues, translator), formError: t("fixErrors") });
  };

  return [clientState ?? serverState, formAction, onSubmit] as const;
}
