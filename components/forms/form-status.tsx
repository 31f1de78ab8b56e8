"use client";

import { useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useUnsavedChangesGuard } from "@/components/forms/use-unsaved-changes-guard";

const NO_FORM = { current: null };

/**
 * The form-level outcome: the error summary, the success message, the list of what another user changed
 * (conflict), and eligibility warnings with the checkbox that acknowledges them. Being in every form, it
 * also guards the form's unsaved input (`guard={false}` for a form whose input is not worth a question).
 */
export function FormStatus({ state, fieldLabel, guard = true }: { state: FormState; fieldLabel?: (field: string) => string; guard?: boolean }) {
  const t = useTranslations("FormStatus");
  const help = useTranslations("FormHelp");
  const anchor = useRef<HTMLDivElement>(null);
  useUnsavedChangesGuard(guard ? anchor : NO_FORM, help("unsavedPrompt"), state.status === "success" ? state : null);
  const labels = { conflictTitle: t("conflictTitle"), conflictHelp: t("conflictHelp"), conflictElsewhere: t("conflictElsewhere"), field: t("field"), theirs: t("theirs"), yours: t("yours"), acknowledge: t("acknowledge"), fieldLabel };
  return (
    <div ref={anchor} aria-live="polite" className="space-y-3">
      {state.status === "success" && state.message && (
        <p role="status" className="rounded-md border border-brand-600 bg-brand-50 p-3 font-semibold text-brand-800">{state.message}</p>
      )}
      {state.formError && <ErrorSummary title={state.formError} fieldErrors={state.fieldErrors} fieldLabel={fieldLabel} />}
      {state.conflict && (
        <div className="rounded-md border border-ochre-700/50 bg-ochre-100 p-3 text-slate-900" data-testid="conflict">
          <p className="font-bold">{labels.conflictTitle}</p>
          <p className="text-sm">{labels.conflictHelp}</p>
          {/* The stored values equal the submitted ones: the other write changed something this form does
              not show (publishing a grant as open data, say). */}
          {state.conflict.changes.length === 0 && <p className="mt-2 text-sm">{labels.conflictElsewhere}</p>}
          {state.conflict.changes.length > 0 && (
            <table className="mt-2 w-full text-sm">
              <thead>
                <tr>
                  <th scope="col" className="text-start">{labels.field}</th>
                  <th scope="col" className="text-start">{labels.theirs}</th>
                  <th scope="col" className="text-start">{labels.yours}</th>
                </tr>
              </thead>
              <tbody>
                {state.conflict.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row" className="text-start font-normal">{labels.fieldLabel?.(c.field) ?? c.field}</th>
                    <td>{c.theirs}</td>
                    <td>{c.yours}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {state.warnings.length > 0 && (
        <div className="rounded-md border border-ochre-700/50 bg-ochre-100 p-3" data-testid="warnings">
          <ul className="list-disc space-y-1 ps-5">
            {state.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
          <div className="mt-2 flex items-center gap-2">
            <input id="acknowledgeWarnings" type="checkbox" name="acknowledgeWarnings" value={state.warnings.map((w) => w.code).join(",")} className="size-5 accent-brand-700" />
            <label htmlFor="acknowledgeWarnings" className="font-semibold">{labels.acknowledge}</label>
          </div>
        </div>
      )}
    </div>
  );
}
