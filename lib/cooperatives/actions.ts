"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { deleteSchema } from "@/lib/validation/fields";
import { cooperativeInputSchema, cooperativeUpdateSchema } from "@/lib/cooperatives/schema";
import { createCooperative, deleteCooperative, updateCooperative } from "@/lib/cooperatives/mutations";

// Every page under the list shows cooperative data (list, detail, edit), in both locales.
function revalidateCooperatives(): void {
  revalidatePath("/[locale]/admin/cooperatives", "layout");
}

async function goTo(href: string): Promise<void> {
  redirect({ href, locale: await getLocale() });
}

export async function createCooperativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: cooperativeInputSchema,
    run: (input, user) => createCooperative(user, input),
    after: async ({ id }) => {
      revalidateCooperatives();
      await redirectSaved(`/admin/cooperatives/${id}`, await getLocale());
    },
  });
}

// `id` is bound by the page and comes back from the client: untrusted, the mutation checks its prefecture.
export async function updateCooperativeAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: cooperativeUpdateSchema,
    run: (input, user) => updateCooperative(user, boundId(id), input),
    after: async (result) => {
      revalidateCooperatives();
      await redirectSaved(`/admin/cooperatives/${result.id}`, await getLocale());
    },
  });
}

export async function deleteCooperativeAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: deleteSchema,
    run: (input, user) => deleteCooperative(user, boundId(id), input),
    after: async () => {
      revalidateCooperatives();
      await goTo("/admin/cooperatives");
    },
  });
}
