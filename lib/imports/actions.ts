"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { sessionTokenHash } from "@/lib/auth/session";
import { revalidateEveryEventPage } from "@/lib/page-cache/revalidate";
import { checkboxField } from "@/lib/validation/fields";
import { confirmImport, discardImport } from "@/lib/imports/mutations";

const confirmSchema = z.object({ acknowledgeWarnings: checkboxField() });

async function backToBatch(id: number): Promise<void> {
  revalidatePath("/[locale]/admin", "layout"); // lists, dashboard and the import pages all change
  revalidateEveryEventPage(); // cached event pages compute figures from the grants
  redirect({ href: `/admin/imports/${id}`, locale: await getLocale() });
}

// `id` is bound by the page and comes back from the client: untrusted, the mutation checks its prefecture.
export async function confirmImportAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: confirmSchema,
    run: async (input, user) => confirmImport(user, boundId(id), input.acknowledgeWarnings, await sessionTokenHash()),
    after: () => backToBatch(boundId(id)),
  });
}

export async function discardImportAction(id: number, _previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: z.object({}),
    run: (_input, user) => discardImport(user, boundId(id)),
    after: () => backToBatch(boundId(id)),
  });
}
