"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate";
import { callCancelSchema, callInputSchema, callResultsSchema, callUpdateSchema, callVersionSchema } from "@/lib/calls/schema";
import { cancelCall, createCall, publishCall, setCallResultsPublic, updateCall, type CallWriteResult } from "@/lib/calls/mutations";

// Every write may change what the home page, the public list and the call's own page (and its calendar
// file) show: all are refreshed in both languages, and the workspace pages of the call.
function revalidateCall({ id, slug }: CallWriteResult) {
  revalidatePublicPages(LOCALES.flatMap((locale) => [`/${locale}`, `/${locale}/calls`, `/${locale}/calls/${slug}`, `/${locale}/calls/${slug}/calendar.ics`]));
  for (const locale of LOCALES) {
    revalidatePath(`/${locale}/admin/calls`);
    revalidatePath(`/${locale}/admin/calls/${id}`);
  }
}

export async function createCallAction(prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: callInputSchema,
    run: (input, user) => createCall(user, input),
    after: async (result) => {
      revalidateCall(result);
      await redirectSaved(`/admin/calls/${result.id}`, locale);
    },
  });
}

export async function updateCallAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: callUpdateSchema,
    run: (input, user) => updateCall(user, boundId(id), input),
    after: async (result) => {
      revalidateCall(result);
      await redirectSaved(`/admin/calls/${result.id}`, locale);
    },
  });
}

export async function publishCallAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: callVersionSchema,
    run: (input, user) => publishCall(user, boundId(id), input),
    after: async (result) => {
      revalidateCall(result);
      await redirectSaved(`/admin/calls/${result.id}`, locale);
    },
  });
}

export async function cancelCallAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: callCancelSchema,
    run: (input, user) => cancelCall(user, boundId(id), input),
    after: async (result) => {
      revalidateCall(result);
      await redirectSaved(`/admin/calls/${result.id}`, locale);
    },
  });
}

export async function setCallResultsPublicAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData,
    permission: "records.write",
    schema: callResultsSchema,
    run: (input, user) => setCallResultsPublic(user, boundId(id), { version: input.version, resultsPublic: input.resultsPublic === "on" }),
    after: async (result) => {
      revalidateCall(result);
      await redirectSaved(`/admin/calls/${result.id}`, locale);
    },
  });
}
