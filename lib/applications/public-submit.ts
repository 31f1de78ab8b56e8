import "server-only";
// The public form's one path, as runFormAction is the workspace's (there is no session here): rate limit,
// honeypot, signed ticket, field names, zod, files, then the transaction. Every refusal returns the typed
// values with a message in the applicant's language; nothing is written before the transaction commits.
import { getTranslations } from "next-intl/server";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { fieldErrorsFromIssues, translateValidationCode } from "@/lib/actions/field-errors";
import { FormRefusedError, RecordNotFoundError } from "@/lib/actions/errors";
import { DomainError } from "@/lib/domain-error";
import { checkUploads } from "@/lib/files/check";
import { applicationInputSchema } from "@/lib/applications/schema";
import { splitApplicationForm } from "@/lib/applications/form-data";
import { checkTicket, minFillSeconds } from "@/lib/applications/ticket";
import { getFormTicketKey } from "@/lib/applications/ticket-key";
import { countApplySubmission } from "@/lib/applications/rate-limit";
import { submitApplication } from "@/lib/applications/mutations";
import { dateField } from "@/lib/validation/fields";
import type { SubmissionContext, SubmittedApplication } from "@/lib/applications/types";

export const HONEYPOT_FIELD = "website";
export const TICKET_FIELD = "ticket";

type Translate = Awaited<ReturnType<typeof getTranslations<"Validation">>>;

function translator(t: Translate) {
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as "invalid", values), { has: (key: string) => t.has(key as "invalid") });
}

/** Turns the expected refusals of checks and mutation into a form state; rethrows anything else. */
export function refusalState(error: unknown, t: Translate, values: Record<string, string>): FormState {
  const refuse = (patch: Partial<FormState>): FormState => ({ ...initialFormState, status: "error", values, ...patch });
  if (error instanceof DomainError) {
    const fieldErrors: Record<string, string> = {};
    for (const v of error.violations) fieldErrors[v.field] ??= translateValidationCode(translator(t), v.code, v.params);
    return refuse({ fieldErrors, formError: t("fixErrors") });
  }
  if (error instanceof FormRefusedError) return refuse({ formError: t(error.code as "invalid", error.params) });
  if (error instanceof RecordNotFoundError) return refuse({ formError: t("notFound") });
  throw error;
}

/**
 * Validates and records one submission of the form; `context` says who records it. Returns the created
 * application, or the state to show (refusal). `guard` runs the public form's anti-automation checks.
 */
export async function parseAndSubmit(
  callId: number, formData: unknown, context: SubmissionContext, guard: boolean,
): Promise<{ created: SubmittedApplication } | { state: FormState }> {
  const t = await getTranslations("Validation");
  if (!(formData instanceof FormData)) return { state: { ...initialFormState, status: "error", formError: t("invalid") } };
  const split = splitApplicationForm(formData, guard ? [HONEYPOT_FIELD, TICKET_FIELD] : ["language", "receivedOn"]);
  const values = "values" in split ? split.values : {};
  const refuse = (formError: string): { state: FormState } => ({ state: { ...initialFormState, status: "error", values, formError } });
  if (guard) {
    const limit = await countApplySubmission();
    if (!limit.allowed) return refuse(t("apply.tooManySubmissions", { minutes: Math.ceil(limit.resetSeconds / 60) }));
    // A person never sees the honeypot (hidden and labelled "leave empty"); form-filling robots fill it.
    if ((values[HONEYPOT_FIELD] ?? "") !== "") return refuse(t("apply.automatedRefused"));
    const ticket = checkTicket(await getFormTicketKey(), formData.get(TICKET_FIELD), callId, { minFillSeconds: minFillSeconds() });
    if (ticket === "tooQuick") return refuse(t("apply.tooQuick"));
    if (ticket !== "ok") return refuse(t("apply.ticketInvalid"));
  }
  if ("unexpected" in split) return refuse(t("unexpectedFields"));

  const parsed = applicationInputSchema.safeParse(values);
  const checked = await checkUploads(split.uploads);
  const fieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, translator(t));
  for (const v of checked.violations) fieldErrors[v.field] ??= translateValidationCode(translator(t), v.code, v.params);
  // A paper file is dated the day the office received it: the call's deadline applies to that day, not to
  // the day staff type it in.
  const receivedOn = context.channel === "PAPER" ? dateField().safeParse(values.receivedOn ?? "") : null;
  if (receivedOn && !receivedOn.success) Object.assign(fieldErrors, fieldErrorsFromIssues(receivedOn.error.issues.map((i) => ({ ...i, path: ["receivedOn"] })), translator(t)));
  if (!parsed.success || checked.violations.length > 0 || (receivedOn && !receivedOn.success)) {
    return { state: { ...initialFormState, status: "error", values, fieldErrors, formError: t("fixErrors") } };
  }
  const submission = context.channel === "PAPER" && receivedOn?.success ? { ...context, receivedOn: receivedOn.data } : context;
  try {
    return { created: await submitApplication(callId, parsed.data, checked.files, submission) };
  } catch (error) {
    return { state: refusalState(error, t, values) };
  }
}
