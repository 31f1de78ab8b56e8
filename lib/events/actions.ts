"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { initialFormState, submittedValues, type FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate";
import { deleteSchema } from "@/lib/validation/fields";
import { eventInputSchema, eventUpdateSchema } from "@/lib/events/schema";
import { createEvent, deleteEvent, updateEvent, type EventWriteResult } from "@/lib/events/mutations";

// Home figures, the public list and the event page (under its old slug too) may show what changed.
function revalidatePublic({ slug, previousSlug }: EventWriteResult) {
  const slugs = previousSlug ? [slug, previousSlug] : [slug];
  revalidatePublicPages(LOCALES.flatMap((locale) => [`/${locale}`, `/${locale}/events`, ...slugs.map((s) => `/${locale}/events/${s}`)]));
  for (const locale of LOCALES) revalidatePath(`/${locale}/admin/events`);
}

/**
 * The preview button (intent=preview) writes nothing: it sends the typed values back so the page renders
 * the Markdown. It still passes runFormAction for the session and records.write check.
 */
async function preview(formData: FormData): Promise<FormState> {
  const state = await runFormAction({ formData, permission: "records.write", schema: z.unknown(), run: async () => null });
  if (state.status !== "success") return state;
  return { ...initialFormState, status: "idle", values: submittedValues(formData) };
}

const isPreview = (formData: FormData) => formData instanceof FormData && formData.get("intent") === "preview";

export async function createEventAction(prev: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return preview(formData);
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: eventInputSchema,
    run: (input, user) => createEvent(user, input),
    after: async (result) => {
      revalidatePublic(result);
      await redirectSaved(`/admin/events/${result.id}`, locale);
    },
  });
}

export async function updateEventAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  if (isPreview(formData)) return preview(formData);
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: eventUpdateSchema,
    run: (input, user) => updateEvent(user, boundId(id), input),
    after: async (result) => {
      revalidatePublic(result);
      revalidatePath(`/${locale}/admin/events/${result.id}`);
      await redirectSaved(`/admin/events/${result.id}`, locale);
    },
  });
}

export async function deleteEventAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: deleteSchema,
    run: (input, user) => deleteEvent(user, boundId(id), input),
    after: (result) => {
      revalidatePublic(result);
      redirect({ href: "/admin/events", locale });
    },
  });
}
