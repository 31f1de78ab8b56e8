"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { clientAddress } from "@/lib/auth/session";
import { initialFormState, submittedValues, type FormState } from "@/lib/actions/form-state";
import { fieldErrorsFromIssues, translateValidationCode } from "@/lib/actions/field-errors";
import { DomainError } from "@/lib/domain-error";
import { firstAdminSchema } from "@/lib/setup/schema";
import { completeSetup } from "@/lib/setup/mutations";

/** The first-run setup form. No session exists yet, so this does not go through runFormAction. */
export async function createFirstAdminAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) formData = new FormData();
  const values = submittedValues(formData);
  // Secrets are never echoed back into the page.
  delete values.password;
  delete values.confirmPassword;
  const t = await getTranslations("Validation");
  const translator = Object.assign((key: string) => t(key as "invalid"), { has: (key: string) => t.has(key as "invalid") });
  const refuse = (fieldErrors: Record<string, string>): FormState => ({ ...initialFormState, status: "error", values, fieldErrors, formError: t("fixErrors") });

  const parsed = firstAdminSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refuse(fieldErrorsFromIssues(parsed.error.issues, translator));
  try {
    await completeSetup(parsed.data, await clientAddress());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fieldErrors: Record<string, string> = {};
    for (const v of error.violations) fieldErrors[v.field] ??= translateValidationCode(translator, v.code);
    return refuse(fieldErrors);
  }
  redirect({ href: "/sign-in?setup=done", locale: await getLocale() });
  return initialFormState;
}
