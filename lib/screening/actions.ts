"use server";

import { revalidatePath } from "next/cache";
import { LOCALES } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { screeningInputSchema } from "@/lib/screening/schema";
import { screenApplication } from "@/lib/screening/mutations";

export async function screenApplicationAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: screeningInputSchema,
    run: (input, user) => screenApplication(user, boundId(id), input),
    after: (result) => {
      for (const locale of LOCALES) {
        revalidatePath(`/${locale}/admin/applications`);
        revalidatePath(`/${locale}/admin/applications/${result.id}`);
      }
    },
  });
}
