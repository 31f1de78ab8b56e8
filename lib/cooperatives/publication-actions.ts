"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { revalidatePublicPhotoPages } from "@/lib/photos/revalidate";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate";
import { LOCALES } from "@/lib/i18n/locales";
import { cooperativePublicationSchema, eventCooperativeRemovalSchema, eventCooperativeSchema } from "@/lib/cooperatives/publication-schema";
import { addEventCooperative, removeEventCooperative, setCooperativePublic } from "@/lib/cooperatives/publication";

// Bound ids are untrusted: the mutations look the records up inside the user's prefecture again.

async function afterPublicChange(href: string) {
  const locale = (await getLocale()) as AppLocale;
  revalidatePath(`/${locale}${href}`);
  // The results page lists the public cooperatives; event and cooperative pages link to each other.
  revalidatePublicPages(LOCALES.map((l) => `/${l}/results`));
  revalidatePublicPhotoPages();
  await redirectSaved(href, locale);
}

export async function setCooperativePublicAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: cooperativePublicationSchema,
    run: (input, user) => setCooperativePublic(user, boundId(id), input),
    after: () => afterPublicChange(`/admin/cooperatives/${id}`),
  });
}

export async function addEventCooperativeAction(eventId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: eventCooperativeSchema,
    run: (input, user) => addEventCooperative(user, boundId(eventId), input),
    after: () => afterPublicChange(`/admin/events/${eventId}`),
  });
}

export async function removeEventCooperativeAction(eventId: number, cooperativeId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: eventCooperativeRemovalSchema,
    run: (_input, user) => removeEventCooperative(user, boundId(eventId), boundId(cooperativeId)),
    after: () => afterPublicChange(`/admin/events/${eventId}`),
  });
}
