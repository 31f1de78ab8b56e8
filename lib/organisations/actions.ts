"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { deleteSchema } from "@/lib/validation/fields";
import { organisationInputSchema, organisationUpdateSchema } from "@/lib/organisations/schema";
import { createOrganisation, deleteOrganisation, updateOrganisation } from "@/lib/organisations/mutations";

// Every page under the list shows organisation data (list, detail, edit), in both locales.
function revalidateOrganisations(): void {
  revalidatePath("/[locale]/admin/organisations", "layout");
}

async function goTo(href: string): Promise<void> {
  redirect({ href, locale: await getLocale() });
}

export async function createOrganisationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: organisationInputSchema,
    run: (input, user) => createOrganisation(user, input),
    after: async ({ id }) => {
      revalidateOrganisations();
      await redirectSaved(`/admin/organisations/${id}`, await getLocale());
    },
  });
}

// `id` is bound by the page and comes back from the client: untrusted, the mutation checks its prefecture.
export async function updateOrganisationAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: organisationUpdateSchema,
    run: (input, user) => updateOrganisation(user, boundId(id), input),
    after: async (result) => {
      revalidateOrganisations();
      await redirectSaved(`/admin/organisations/${result.id}`, await getLocale());
    },
  });
}

export async function deleteOrganisationAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: deleteSchema,
    run: (input, user) => deleteOrganisation(user, boundId(id), input),
    after: async () => {
      revalidateOrganisations();
      await goTo("/admin/organisations");
    },
  });
}
