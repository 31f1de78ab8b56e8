"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import type { FormState } from "@/lib/actions/form-state";
import { deleteSchema } from "@/lib/validation/fields";
import { axisInputSchema, axisUpdateSchema, phaseInputSchema, programmeInputSchema } from "@/lib/territory/schema";
import {
  createAxis, createPhase, createProgramme, deleteAxis, deletePhase, deleteProgramme, updateAxis, updatePhase, updateProgramme,
} from "@/lib/territory/structure-mutations";

// "reference.write" lets any ADMIN in; the mutations then refuse anyone without national rights.
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

export async function createPhaseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: phaseInputSchema, run: (input, user) => createPhase(user, input), after: ({ id }) => goSaved(`/admin/territory/phases/${id}`) });
}

export async function updatePhaseAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: phaseInputSchema, run: (input, user) => updatePhase(user, boundId(id), input), after: refresh });
}

// Phases and programmes have no version column; the delete form's version field is read and ignored.
export async function deletePhaseAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: deleteSchema, run: (input, user) => deletePhase(user, boundId(id), input), after: () => go("/admin/territory") });
}

export async function createProgrammeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: programmeInputSchema, run: (input, user) => createProgramme(user, input), after: ({ id }) => goSaved(`/admin/territory/programmes/${id}`) });
}

export async function updateProgrammeAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: programmeInputSchema, run: (input, user) => updateProgramme(user, boundId(id), input), after: refresh });
}

export async function deleteProgrammeAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: deleteSchema, run: (input, user) => deleteProgramme(user, boundId(id), input), after: () => go("/admin/territory") });
}

export async function createAxisAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: axisInputSchema, run: (input, user) => createAxis(user, input), after: ({ id }) => goSaved(`/admin/territory/axes/${id}`) });
}

export async function updateAxisAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: axisUpdateSchema, run: (input, user) => updateAxis(user, boundId(id), input), after: refresh });
}

export async function deleteAxisAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: deleteSchema, run: (input, user) => deleteAxis(user, boundId(id), input), after: ({ programmeId }) => go(`/admin/territory/programmes/${programmeId}`) });
}
