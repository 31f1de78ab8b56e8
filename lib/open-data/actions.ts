"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { grantPublicationSchema } from "@/lib/open-data/schema";
import { setGrantPublic } from "@/lib/open-data/mutations";

// The bound id is untrusted: the mutation looks the grant up inside the user's prefecture again.

/** ADMIN only (records.publish): marks a grant public or not for the 360Giving open-data export. */
export async function setGrantPublicAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.publish",
    schema: grantPublicationSchema,
    run: (input, user) => setGrantPublic(user, boundId(id), input),
    after: async () => {
      revalidatePath(`/${locale}/admin/grants/${id}`);
      revalidatePath(`/${locale}/admin/grants`);
      // A redirect re-renders the page with the new state and version, also without JavaScript.
      await redirectSaved(`/admin/grants/${id}`, locale);
    },
  });
}
