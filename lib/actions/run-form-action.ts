import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { DomainError } from "@/lib/domain-error";
import { initialFormState, submittedValues, unflatten, UnsafeFieldNameError, type FormState } from "@/lib/actions/form-state";
import { fieldErrorsFromIssues, translateValidationCode } from "@/lib/actions/field-errors";
import { withWriteScope } from "@/lib/data-changes/write-scope";
import { FormRefusedError, RecordNotFoundError, StillReferencedError, UnacknowledgedWarningsError, VersionConflictError } from "@/lib/actions/errors";

type Options<S extends z.ZodType, R> = {
  formData: FormData;
  permission: Permission;
  schema: S;
  /** The mutation. Throws the errors of lib/actions/errors.ts or DomainError for expected refusals. */
  run: (input: z.output<S>, user: SessionUser) => Promise<R>;
  /** After a successful write: revalidate, redirect (redirect() must run outside the try below). */
  after?: (result: R, user: SessionUser) => Promise<void> | void;
  successMessage?: string;
};

/**
 * The one path of every form action: session, permission, zod parse, mutation, and translation of the
 * expected failures. A refusal returns the submitted values, so nothing typed is lost; unexpected errors
 * are thrown to the translated error page.
 */
export async function runFormAction<S extends z.ZodType, R>(options: Options<S, R>): Promise<FormState> {
  // An action can be called with any serialisable value by a crafted request, not only a form.
  const isForm = options.formData instanceof FormData;
  const values = isForm ? submittedValues(options.formData) : {};
  const t = await getTranslations("Validation");
  const translator = Object.assign((key: string, values?: Record<string, string | number>) => t(key as "invalid", values), { has: (key: string) => t.has(key as "invalid") });
  const refuse = (patch: Partial<FormState>): FormState => ({ ...initialFormState, status: "error", values, ...patch });

  if (!isForm) return refuse({ formError: t("invalid") });
  const user = await getSessionUser();
  if (!user) return refuse({ formError: t("signInRequired") });
  if (!can(user.role, options.permission)) return refuse({ formError: t("forbidden") });

  let nested: Record<string, unknown>;
  try {
    nested = unflatten(values);
  } catch (error) {
    // Field names no form of the app sends (`__proto__.x`...): refused before any of them becomes a key.
    if (error instanceof UnsafeFieldNameError) return refuse({ formError: t("unexpectedFields") });
    throw error;
  }
  const parsed = options.schema.safeParse(nested);
  if (!parsed.success) {
    return refuse({ fieldErrors: fieldErrorsFromIssues(parsed.error.issues, translator), formError: t("fixErrors") });
  }

  let result: R;
  try {
    result = await runInWriteScope(user, options.permission, () => options.run(parsed.data, user));
  } catch (error) {
    if (error instanceof DomainError) {
      const fieldErrors: Record<string, string> = {};
      for (const v of error.violations) fieldErrors[v.field] ??= translateValidationCode(translator, v.code, v.params);
      return refuse({ fieldErrors, formError: t("fixErrors") });
    }
    if (error instanceof UnacknowledgedWarningsError) {
      const warnings = error.warnings.map((w) => ({ code: w.code, message: t(`warnings.${w.code}` as "invalid", w.params ?? {}) }));
      return refuse({ warnings, formError: t("acknowledgeWarnings") });
    }
    if (error instanceof VersionConflictError) {
      const changes = Object.entries(error.current)
        .filter(([field, theirs]) => field in values && values[field] !== theirs)
        .map(([field, theirs]) => ({ field, theirs, yours: values[field] ?? "" }));
      return { ...refuse({ formError: t("conflict") }), status: "conflict", conflict: { changes, currentVersion: error.currentVersion } };
    }
    if (error instanceof StillReferencedError) {
      const parts = Object.entries(error.references).map(([kind, count]) => t(`references.${kind}` as "invalid", { count }));
      const list = new Intl.ListFormat(await getLocale(), { type: "conjunction" }).format(parts);
      return refuse({ formError: t("stillReferenced", { list }) });
    }
    if (error instanceof RecordNotFoundError) return refuse({ formError: t("notFound") });
    if (error instanceof FormRefusedError) return refuse({ formError: t(error.code as "invalid", error.params) });
    throw error;
  }
  await options.after?.(result, user);
  return { ...initialFormState, status: "success", message: options.successMessage ?? t("saved") };
}

// Permissions whose writes stay inside the user's prefecture (lib/auth: a prefecture's staff read and write
// only their own records). Their commits make only that prefecture's dashboard views stale
// (lib/data-changes/generation.ts); reference data, users and anything a national user writes concern all.
const PREFECTURE_WRITES: readonly Permission[] = ["records.write", "records.publish"];

function runInWriteScope<R>(user: SessionUser, permission: Permission, work: () => Promise<R>): Promise<R> {
  if (user.isNational || !PREFECTURE_WRITES.includes(permission)) return work();
  return withWriteScope(user.prefectureId, work);
}
