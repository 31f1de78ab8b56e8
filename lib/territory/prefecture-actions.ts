"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import type { FormState } from "@/lib/actions/form-state";
import { prefectureInputSchema, prefectureUpdateSchema } from "@/lib/territory/schema";
import { createPrefecture, updatePrefecture } from "@/lib/territory/prefecture-mutations";

// National only: the mutations refuse anyone else (reference.write alone is also a prefecture admin's).
const permission = "reference.write";

// Prefecture names appear in every workspace list and select.
const refresh = () => revalidatePath("/[locale]/admin", "layout");

export async function createPrefectureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData, permission, schema: prefectureInputSchema, run: (input, user) => createPrefecture(user, input),
    after: async ({ id }) => {
      refresh();
      await redirectSaved(`/admin/territory/prefectures/${id}`, await getLocale());
    },
  });
}

export async function updatePrefectureAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({ formData, permission, schema: prefectureUpdateSchema, run: (input, user) => updatePrefecture(user, boundId(id), input), after: refresh });
}
