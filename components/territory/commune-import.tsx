"use client";
// The two steps of a commune import on one page: choose a file and see what each row would do; then
// confirm, which sends the checked rows back (checked again on the server) and writes them all or none.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { communeImportAction } from "@/lib/territory/import-actions";
import { initialCommuneImportState } from "@/lib/territory/import-state";
import { countOutcomes } from "@/lib/imports/outcome";
import { inputClass } from "@/components/forms/field";
import { CommuneOutcomeTable } from "@/components/territory/commune-outcome-table";

const button = "rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

export function CommuneImport() {
  const t = useTranslations("Territory.import");
  const p = useTranslations("Imports.preview");
  const [state, action, pending] = useActionState(communeImportAction, initialCommuneImportState);
  const counts = countOutcomes(state.outcomes);
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" aria-busy={pending}>
        <input type="hidden" name="step" value="preview" />
        <div className="space-y-1">
          <label htmlFor="communes-file" className="block font-semibold">{t("file")}</label>
          <input id="communes-file" name="file" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`communes-file-hint${state.status === "error" ? " communes-file-error" : ""}`} aria-invalid={state.status === "error"} className={inputClass} />
          <p id="communes-file-hint" className="text-sm text-slate-600">{t("fileHint")}</p>
          {state.status === "error" && <p id="communes-file-error" role="alert" className="text-sm font-semibold text-red-800">{state.message}</p>}
        </div>
        <button type="submit" disabled={pending} className={button}>{pending ? t("checking") : t("preview")}</button>
      </form>
      {state.status === "imported" && <p role="status" className="rounded-md bg-brand-50 p-3 font-semibold text-brand-800">{state.message}</p>}
      {state.status === "preview" && (
        <section aria-labelledby="communes-preview" className="space-y-4">
          <h2 id="communes-preview" className="text-2xl font-bold text-brand-800"><bdi>{state.fileName}</bdi></h2>
          <p role="status">{p("summary", { total: counts.totalRows, new: counts.newRows, update: counts.updatedRows, unchanged: counts.unchangedRows, error: counts.errorRows })}</p>
          {state.message && <p role="alert" className="font-semibold text-red-800">{state.message}</p>}
          {counts.errorRows > 0 ? (
            <p className="font-semibold text-red-800">{p("hasErrors")}</p>
          ) : (
            <form action={action}>
              <input type="hidden" name="step" value="confirm" />
              <input type="hidden" name="fileName" value={state.fileName} />
              <input type="hidden" name="rows" value={JSON.stringify(state.rows)} />
              <button type="submit" disabled={pending} className={button}>{pending ? t("confirming") : t("confirm", { count: counts.newRows + counts.updatedRows })}</button>
            </form>
          )}
          <CommuneOutcomeTable rows={state.outcomes} />
        </section>
      )}
    </div>
  );
}
