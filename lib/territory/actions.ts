"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import type { FormState } from "@/lib/actions/form-state";
import { deleteSchema } from "@/lib/validation/fields";
import { communeInputSchema, communeUpdateSchema, placeInputSchema, placeUpdateSchema } from "@/lib/territory/schema";
import { createCommune, createPlace, deleteCommune, deletePlace, updateCommune, updatePlace } from "@/lib/territory/mutations";

// Bound ids are untrusted: every mutation looks the record up within the admin's prefecture again.
const permission = "reference.write";

async function go(href: string) {
  revalidatePath("/[locale]/admin/territory", "layout");
  redirect({ href, locale: await getLocale() });
}

/** After a create: to the new record, which says it was saved. */
async function goSaved(href: string) {
  revalidatePath("/[locale]/admin/territory", "layout");
  await redirectSaved(href, await getLocale());
}

const refresh = () => revalidatePath("/[locale]/admin/territory", "layout");

export async function createCommuneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: communeInputSchema, run: (input, user) => createCommune(user, input), after: ({ id }) => goSaved(`/admin/territory/communes/${id}`) });
}

export async function updateCommuneAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: communeUpdateSchema, run: (input, user) => updateCommune(user, boundId(id), input), after: refresh });
}

export async function deleteCommuneAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: deleteSchema, run: (input, user) => deleteCommune(user, boundId(id), input), after: () => go("/admin/territory") });
}

export async function createPlaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: placeInputSchema, run: (input, user) => createPlace(user, input), after: ({ id }) => goSaved(`/admin/territory/places/${id}`) });
}

export async function updatePlaceAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: placeUpdateSchema, run: (input, user) => updatePlace(user, boundId(id), input), after: refresh });
}

export async function deletePlaceAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: deleteSchema, run: (input, user) => deletePlace(user, boundId(id), input), after: ({ communeId }) => go(`/admin/territory/communes/${communeId}`) });
}
