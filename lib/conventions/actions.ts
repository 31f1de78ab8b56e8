"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectSaved } from "@/lib/actions/saved-flash";
import type { AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { compactMilestoneRows, createConventionSchema, milestoneReachedSchema, signConventionSchema, updateConventionSchema } from "@/lib/conventions/schema";
import { createConvention, recordMilestoneReached, signConvention, updateConvention } from "@/lib/conventions/mutations";

// The bound id is the grant's, and untrusted: the mutations look it up inside the user's prefecture again.

async function afterWrite(grantId: number) {
  const locale = (await getLocale()) as AppLocale;
  revalidatePath(`/${locale}/admin/grants/${grantId}`);
  revalidatePath(`/${locale}/admin/grants/${grantId}/convention`);
  await redirectSaved(`/admin/grants/${grantId}/convention`, locale);
}

export async function createConventionAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData: compactMilestoneRows(formData),
    permission: "records.write",
    schema: createConventionSchema,
    run: (input, user) => createConvention(user, boundId(grantId), input),
    after: () => afterWrite(grantId),
  });
}

export async function updateConventionAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData: compactMilestoneRows(formData),
    permission: "records.write",
    schema: updateConventionSchema,
    run: (input, user) => updateConvention(user, boundId(grantId), input),
    after: () => afterWrite(grantId),
  });
}

export async function signConventionAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: signConventionSchema,
    run: (input, user) => signConvention(user, boundId(grantId), input),
    after: () => afterWrite(grantId),
  });
}

export async function recordMilestoneReachedAction(grantId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    formData,
    permission: "records.write",
    schema: milestoneReachedSchema,
    run: (input, user) => recordMilestoneReached(user, boundId(grantId), input),
    after: () => afterWrite(grantId),
  });
}
