"use client";
// Confirms (or discards) a previewed import. While the server writes the rows in one transaction, the
// form polls the progress route and shows how many rows are written.
import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function ConfirmImportForm({ confirm, discard, progressUrl, rows, warningRows, canConfirm }: {
  confirm: Action; discard: Action; progressUrl: string; rows: number; warningRows: number; canConfirm: boolean;
}) {
  const t = useTranslations("Imports.confirm");
  const [state, confirmAction, pending] = useActionState(confirm, initialFormState);
  const [discardState, discardAction] = useActionState(discard, initialFormState);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(async () => {
      const response = await fetch(progressUrl, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setProgress((await response.json()) as { done: number; total: number });
    }, 400);
    return () => clearInterval(timer);
  }, [pending, progressUrl]);
  const shown = pending && progress && progress.total > 0 ? progress : null;
  return (
    <div className="space-y-4">
      {canConfirm && (<form action={confirmAction} className="space-y-3">
        <p>{t("lead", { count: rows })}</p>
        {warningRows > 0 && (
          <label className="flex items-start gap-2">
            <input type="checkbox" name="acknowledgeWarnings" className="mt-1" defaultChecked={state.values.acknowledgeWarnings === "on"} />
            <span>{t("acknowledge")}</span>
          </label>
        )}
        <FormStatus state={state} />
        <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
        {pending && (
          <div role="status" className="space-y-1">
            <progress className="w-full" max={shown?.total ?? 1} value={shown?.done} aria-label={t("pending")} />
            {shown && <p>{t("progress", { done: shown.done, total: shown.total })}</p>}
          </div>
        )}
      </form>)}
      <form action={discardAction}>
        <FormStatus state={discardState} />
        <SubmitButton label={t("discard")} pendingLabel={t("discardPending")} variant="danger" />
      </form>
    </div>
  );
}
