// One mapping from zod issues to messages next to fields, used by the server (runFormAction) and by the
// browser (useValidatedAction), so both say exactly the same thing.
import type { z } from "zod";

type Translator = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

/** Schema messages are Validation keys ("required", "notAnAmount"...); anything else gets a generic one. */
export function translateValidationCode(t: Translator, code: string, params?: Record<string, string | number>): string {
  return t.has(code) ? t(code, params) : t("invalid");
}

export function fieldErrorsFromIssues(issues: z.core.$ZodIssue[], t: Translator): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= translateValidationCode(t, issue.message);
  }
  return fieldErrors;
}
