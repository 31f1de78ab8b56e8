"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { revalidateEveryEventPage } from "@/lib/page-cache/revalidate";
import { deleteSchema } from "@/lib/validation/fields";
import { compactGrantRows, createGrantSchema, payTrancheSchema, updateGrantSchema, withRealChanges } from "@/lib/grants/schema";
import { withLocalizedRefusals } from "@/lib/grants/localized-refusals";
import { createGrant, deleteGrant, payGrantTranche, updateGrant } from "@/lib/grants/mutations";

// The bound id is untrusted: the mutations look the grant up inside the user's prefecture again.

export async function createGrantAction(prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData: compactGrantRows(formData),
    permission: "records.write",
    schema: createGrantSchema,
    run: (input, user) => withLocalizedRefusals(locale, () => createGrant(user, input)),
    after: async ({ id }) => {
      revalidatePath(`/${locale}/admin/grants`);
      revalidateEveryEventPage();
      await redirectSaved(`/admin/grants/${id}`, locale);
    },
  });
}

export async function updateGrantAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  const state = await runFormAction({
    formData: compactGrantRows(formData),
    permission: "records.write",
    schema: updateGrantSchema,
    run: (input, user) => withLocalizedRefusals(locale, () => updateGrant(user, boundId(id), input)),
    after: async () => {
      revalidatePath(`/${locale}/admin/grants`);
      revalidateEveryEventPage();
      revalidatePath(`/${locale}/admin/grants/${id}`);
      await redirectSaved(`/admin/grants/${id}`, locale);
    },
  });
  return withRealChanges(state);
}

export async function deleteGrantAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: deleteSchema,
    run: (input, user) => deleteGrant(user, boundId(id), input),
    after: () => {
      revalidatePath(`/${locale}/admin/grants`);
      revalidateEveryEventPage();
      redirect({ href: "/admin/grants", locale });
    },
  });
}

/** Pays one tranche from the convention page; under a convention only once its milestone is reached. */
export async function payGrantTrancheAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: payTrancheSchema,
    run: (input, user) => payGrantTranche(user, boundId(id), input),
    after: async () => {
      revalidatePath(`/${locale}/admin/grants`);
      revalidateEveryEventPage();
      revalidatePath(`/${locale}/admin/grants/${id}`);
      await redirectSaved(`/admin/grants/${id}/convention`, locale);
    },
  });
}
