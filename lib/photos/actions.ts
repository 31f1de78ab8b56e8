"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { DomainError } from "@/lib/domain-error";
import { boundId } from "@/lib/actions/bound-id";
import { photoDeleteSchema, photoDetailsSchema } from "@/lib/photos/schema";
import { addEventPhotos, deletePhoto, updatePhotoDetails, type PhotoPlace } from "@/lib/photos/mutations";
import { chosenPhotos, processUploadedPhotos } from "@/lib/photos/uploads";
import { revalidatePublicPhotoPages } from "@/lib/photos/revalidate";

// Bound ids (the page's visit or event, and the photo) are untrusted: the mutations look the photo up
// inside the user's prefecture and on that page again. Each action goes back to the page it came from.

async function backTo(place: PhotoPlace) {
  const locale = (await getLocale()) as AppLocale;
  const href = "visitId" in place ? `/admin/visits/${place.visitId}` : `/admin/events/${place.eventId}`;
  revalidatePath(`/${locale}${href}`);
  revalidatePublicPhotoPages();
  await redirectSaved(href, locale);
}

const details = (place: () => PhotoPlace, photoId: number, formData: FormData) =>
  runFormAction({
    formData,
    permission: "records.write",
    schema: photoDetailsSchema,
    run: (input, user) => updatePhotoDetails(user, place(), boundId(photoId), input),
    after: () => backTo(place()),
  });

const removal = (place: () => PhotoPlace, photoId: number, formData: FormData) =>
  runFormAction({
    formData,
    permission: "records.write",
    schema: photoDeleteSchema,
    run: (input, user) => deletePhoto(user, place(), boundId(photoId), input),
    after: () => backTo(place()),
  });

export async function updateVisitPhotoAction(visitId: number, photoId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return details(() => ({ visitId: boundId(visitId) }), photoId, formData);
}

export async function deleteVisitPhotoAction(visitId: number, photoId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return removal(() => ({ visitId: boundId(visitId) }), photoId, formData);
}

export async function updateEventPhotoAction(eventId: number, photoId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return details(() => ({ eventId: boundId(eventId) }), photoId, formData);
}

export async function deleteEventPhotoAction(eventId: number, photoId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return removal(() => ({ eventId: boundId(eventId) }), photoId, formData);
}

/** The gallery's upload form has only the file field; its schema checks nothing else. */
const noFields = z.object({});

export async function addEventPhotosAction(eventId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: noFields,
    run: async (_input, user) => {
      const files = chosenPhotos(formData, "photos");
      if (files.length === 0) throw new DomainError([{ field: "photos", code: "photos.noneChosen" }]);
      return addEventPhotos(user, boundId(eventId), await processUploadedPhotos(files, "photos"));
    },
    after: () => backTo({ eventId: boundId(eventId) }),
  });
}
