"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { redirectSaved } from "@/lib/actions/saved-flash";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { boundId } from "@/lib/actions/bound-id";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate";
import { withLocalizedRefusals } from "@/lib/grants/localized-refusals";
import { addCallSchema, addItemsSchema, buttonOnlySchema, decisionSchema, publishResultsSchema, sessionInputSchema, sessionUpdateSchema, versionOnlySchema } from "@/lib/committee/schema";
import { createSession, markSessionHeld, publishCallResults, updateSession } from "@/lib/committee/mutations";
import { addAgendaItems, addEligibleOfCall, rerankAgenda } from "@/lib/committee/agenda-mutations";
import { decideAgendaItem, undoAgendaDecision } from "@/lib/committee/decision-mutations";

// Bound ids are untrusted: every mutation looks the session up inside the user's prefecture again, and
// the item inside that session.

function revalidateSession(locale: AppLocale, id: number) {
  revalidatePath(`/${locale}/admin/committee`);
  revalidatePath(`/${locale}/admin/committee/${id}`);
}

/** A decision changes the call's public page (its results, once public) in both languages. */
function revalidateCallPage(slug: string) {
  revalidatePublicPages(LOCALES.map((locale) => `/${locale}/calls/${slug}`));
}

export async function createSessionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: sessionInputSchema,
    run: (input, user) => createSession(user, input),
    after: async ({ id }) => {
      revalidatePath(`/${locale}/admin/committee`);
      await redirectSaved(`/admin/committee/${id}`, locale);
    },
  });
}

export async function updateSessionAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: sessionUpdateSchema,
    run: (input, user) => updateSession(user, boundId(id), input),
    after: async () => {
      revalidateSession(locale, id);
      await redirectSaved(`/admin/committee/${id}`, locale);
    },
  });
}

export async function addAgendaItemsAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: addItemsSchema,
    run: (input, user) => addAgendaItems(user, boundId(id), input),
    after: () => revalidateSession(locale, id),
  });
}

export async function addEligibleOfCallAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: addCallSchema,
    run: (input, user) => addEligibleOfCall(user, boundId(id), input),
    after: () => revalidateSession(locale, id),
  });
}

export async function rerankAgendaAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: buttonOnlySchema,
    run: (_input, user) => rerankAgenda(user, boundId(id)),
    after: () => revalidateSession(locale, id),
  });
}

export async function decideAgendaItemAction(id: number, itemId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: decisionSchema,
    run: (input, user) => withLocalizedRefusals(locale, () => decideAgendaItem(user, boundId(id), boundId(itemId), input)),
    after: ({ callSlug, grantId }) => {
      revalidateSession(locale, id);
      revalidatePath(`/${locale}/admin/committee/${id}/items/${itemId}`);
      if (grantId !== null) revalidatePath(`/${locale}/admin/grants`);
      revalidateCallPage(callSlug);
    },
  });
}

export async function undoAgendaDecisionAction(id: number, itemId: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: buttonOnlySchema,
    run: (_input, user) => undoAgendaDecision(user, boundId(id), boundId(itemId)),
    after: ({ callSlug }) => {
      revalidateSession(locale, id);
      revalidatePath(`/${locale}/admin/committee/${id}/items/${itemId}`);
      revalidateCallPage(callSlug);
    },
  });
}

export async function markSessionHeldAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: versionOnlySchema,
    run: (input, user) => markSessionHeld(user, boundId(id), input),
    after: () => revalidateSession(locale, id),
  });
}

export async function publishCallResultsAction(id: number, prev: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  return runFormAction({
    formData, permission: "records.write", schema: publishResultsSchema,
    run: (input, user) => publishCallResults(user, boundId(id), input),
    after: ({ slug }) => {
      revalidateSession(locale, id);
      revalidateCallPage(slug);
    },
  });
}
