"use server";

import { revalidatePath } from "next/cache";
import { LOCALES } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { conflictInputSchema, reviewInputSchema } from "@/lib/reviews/schema";
import { declareConflict, saveReview } from "@/lib/reviews/mutations";

// The list shows each application's average score, the detail page every review.
function revalidate(applicationId: number) {
  for (const locale of LOCALES) {
    revalidatePath(`/${locale}/admin/applications`);
    revalidatePath(`/${locale}/admin/applications/${applicationId}`);
  }
}

export async function saveReviewAction(applicationId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: reviewInputSchema,
    run: (input, user) => saveReview(user, boundId(applicationId), input),
    after: () => revalidate(applicationId),
  });
}

export async function declareConflictAction(applicationId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: conflictInputSchema,
    run: (input, user) => declareConflict(user, boundId(applicationId), input),
    after: () => revalidate(applicationId),
  });
}
