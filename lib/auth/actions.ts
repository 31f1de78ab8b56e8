"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { authenticate, changePassword } from "@/lib/auth/mutations";
import { changePasswordSchema, safeNextPath, signInSchema } from "@/lib/auth/schema";
import { clientAddress, endSession, startSession } from "@/lib/auth/session";
import { initialFormState, submittedValues, type FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // A crafted request can send any value instead of the form: answer it like an empty form.
  if (!(formData instanceof FormData)) formData = new FormData();
  const values = submittedValues(formData);
  delete values.password; // never echoed back into the page
  const t = await getTranslations("Validation");
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= t.has(issue.message as "invalid") ? t(issue.message as "invalid") : t("invalid");
    return { ...initialFormState, status: "error", values, fieldErrors, formError: t("fixErrors") };
  }
  const result = await authenticate(parsed.data.email, parsed.data.password, await clientAddress());
  if (!result.ok) {
    // One message for unknown email and wrong password alike; a throttled attempt says how long to wait.
    const formError = result.reason === "throttled" ? t("signInThrottled", { seconds: result.retryAfterSeconds }) : t("signInInvalid");
    return { ...initialFormState, status: "error", values, formError };
  }
  await startSession(result.userId);
  const locale = await getLocale();
  redirect({ href: safeNextPath(parsed.data.next, "/admin").replace(new RegExp(`^/${locale}(?=/|$)`), "") || "/admin", locale });
  return initialFormState;
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect({ href: "/sign-in", locale: await getLocale() });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction({
    formData,
    permission: "records.read",
    schema: changePasswordSchema,
    run: async (input, user) => {
      await changePassword(user, input.currentPassword, input.newPassword);
      await startSession(user.id); // the change ended every session, this one included
    },
  });
  // Passwords are never sent back into the page, on success or on failure.
  return { ...state, values: {} };
}
