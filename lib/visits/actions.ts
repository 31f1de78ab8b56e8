"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { deleteSchema } from "@/lib/validation/fields";
import { chosenPhotos, processUploadedPhotos } from "@/lib/photos/uploads";
import { revalidatePublicPhotoPages } from "@/lib/photos/revalidate";
import { baselineInputSchema, visitInputSchema, visitUpdateSchema } from "@/lib/visits/schema";
import { createVisit, deleteVisit, saveBaseline, updateVisit } from "@/lib/visits/mutations";

// Bound ids are untrusted: the mutations look the grant or visit up inside the user's prefecture again.
// The photos of the form's "photos" field are processed after the text fields passed their schema.

async function toVisit(visitId: number, grantId: number | null) {
  const locale = (await getLocale()) as AppLocale;
  revalidatePath(`/${locale}/admin/visits/${visitId}`);
  if (grantId !== null) revalidatePath(`/${locale}/admin/grants/${grantId}`);
  revalidatePath(`/${locale}/admin`);
  revalidatePublicPhotoPages();
  await redirectSaved(`/admin/visits/${visitId}`, locale);
}

export async function createVisitAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: visitInputSchema,
    run: async (input, user) => createVisit(user, boundId(grantId), input, await processUploadedPhotos(chosenPhotos(formData, "photos"), "photos")),
    after: ({ id }) => toVisit(id, grantId),
  });
}

export async function updateVisitAction(visitId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: visitUpdateSchema,
    run: async (input, user) => updateVisit(user, boundId(visitId), input, await processUploadedPhotos(chosenPhotos(formData, "photos"), "photos")),
    after: ({ id }) => toVisit(id, null),
  });
}

export async function deleteVisitAction(visitId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: deleteSchema,
    run: (input, user) => deleteVisit(user, boundId(visitId), input),
    after: ({ grantId }) => {
      revalidatePath(`/${locale}/admin/grants/${grantId}`);
      revalidatePublicPhotoPages();
      redirect({ href: `/admin/grants/${grantId}`, locale });
    },
  });
}

export async function saveBaselineAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: baselineInputSchema,
    run: (input, user) => saveBaseline(user, boundId(grantId), input),
    after: async () => {
      revalidatePath(`/${locale}/admin/grants/${grantId}`);
      await redirectSaved(`/admin/grants/${grantId}`, locale);
    },
  });
}
