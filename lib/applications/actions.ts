"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { LOCALES } from "@/lib/i18n/locales";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { boundId } from "@/lib/actions/bound-id";
import { RecordNotFoundError } from "@/lib/actions/errors";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { mayTouchPrefecture } from "@/lib/auth/scope";
import { getCallPrefectureId } from "@/lib/applications/queries";
import { parseAndSubmit } from "@/lib/applications/public-submit";
import type { SubmittedApplication } from "@/lib/applications/types";

function afterCreated(created: SubmittedApplication, locale: AppLocale): never {
  for (const l of LOCALES) revalidatePath(`/${l}/admin/applications`);
  redirect({ href: `/application/${created.accessToken}/receipt`, locale });
  throw new Error("unreachable"); // redirect() throws
}

/** The public form: `callId` is bound by the page (untrusted: the mutation re-reads the call). */
export async function submitApplicationAction(callId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  let id: number;
  try {
    id = boundId(callId);
  } catch {
    return { ...initialFormState, status: "error", formError: (await getTranslations("Validation"))("notFound") };
  }
  const result = await parseAndSubmit(id, formData, { channel: "ONLINE", language: locale }, true);
  if ("state" in result) return result.state;
  return afterCreated(result.created, locale);
}

/**
 * A paper application recorded by STAFF or ADMIN of the call's prefecture (a national user: any). Same
 * validation as the public form, without its anti-automation checks; `language` is the applicant's.
 */
export async function recordPaperApplicationAction(callId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("Validation");
  const refuse = (formError: string): FormState => ({ ...initialFormState, status: "error", formError });
  const user = await getSessionUser();
  if (!user) return refuse(t("signInRequired"));
  if (!can(user.role, "records.write")) return refuse(t("forbidden"));
  let id: number;
  try {
    id = boundId(callId);
  } catch (error) {
    if (error instanceof RecordNotFoundError) return refuse(t("notFound"));
    throw error;
  }
  const prefectureId = await getCallPrefectureId(id);
  if (prefectureId === null || !mayTouchPrefecture(user, prefectureId)) return refuse(t("notFound"));
  const given = formData instanceof FormData ? formData.get("language") : null;
  const language = given === "ar" || given === "fr" ? given : locale;
  const result = await parseAndSubmit(id, formData, { channel: "PAPER", language, recordedBy: { id: user.id, email: user.email } }, false);
  if ("state" in result) return result.state;
  return afterCreated(result.created, locale);
}
