"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { CallLocks } from "@/lib/calls/locks";
import type { ProgrammeChoice } from "@/lib/calls/types";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SelectField } from "@/components/forms/select-field";
import { DateField } from "@/components/forms/date-field";
import { formSource } from "@/components/admin-events/form-helpers";
import { FiledUnder } from "@/components/filing/filed-under";
import { AxesFieldset } from "@/components/admin-calls/axes-fieldset";
import { CriterionRows, DocumentRows } from "@/components/admin-calls/list-rows";
import { LockedValue } from "@/components/admin-calls/locked-value";

type Props = {
  /** createCallAction, or updateCallAction.bind(null, id). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The stored call as form strings (toFormValues), or {} for a new one. */
  defaults: Record<string, string>;
  version?: number;
  programmes: ProgrammeChoice[];
  locks?: CallLocks;
  cancelHref: string;
  filedUnder?: { id: number; name: string };
};

const UNLOCKED: CallLocks = { announced: false, byApplications: false };

export function CallForm({ action, defaults, version, programmes, locks = UNLOCKED, cancelHref, filedUnder }: Props) {
  const t = useTranslations("Calls.form");
  const l = useTranslations("Calls.admin.locks");
  const [state, formAction] = useActionState(action, initialFormState);
  const source = formSource(state, defaults);
  // Follows the programme select. A new call starts with none (every group shows, also without JavaScript);
  // an edit starts with the call's own programme, whose group (and any ticked one) stays in view.
  const [chosenProgramme, setChosenProgramme] = useState<number | null>(Number(defaults.programmeId) || null);
  const onChange = (e: React.FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLSelectElement;
    if (target.name === "programmeId") setChosenProgramme(Number(target.value) || null);
  };
  const formVersion = state.conflict?.currentVersion ?? (state.values.version ? Number(state.values.version) : version);
  const fieldLabel = (field: string) => {
    const row = /^(documents|criteria)\.(\d+)\.(\w+)$/.exec(field);
    if (row) {
      const rowLabel = t(row[1] === "documents" ? "documentRow" : "criterionRow", { number: Number(row[2]) + 1 });
      const key = row[3] === "weight" ? "weight" : `${row[1] === "documents" ? "document" : "criterion"}Label${row[3] === "labelAr" ? "Ar" : "Fr"}`;
      return `${rowLabel} — ${t(key as "weight")}`;
    }
    if (/^axes\.\d+$/.test(field)) return t("axes");
    return t.has(field as "reference") ? t(field as "reference") : field;
  };
  const programmeName = programmes.find((p) => String(p.id) === defaults.programmeId)?.label ?? "";
  return (
    <form action={formAction} onChange={onChange} className="space-y-6" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      {filedUnder && <FiledUnder kind="call" prefecture={filedUnder} error={state.fieldErrors.prefectureId} />}
      {locks.announced && <p className="rounded-md bg-ochre-100 p-3" data-testid="lock-announced">{l("announced")}</p>}
      {locks.byApplications && <p className="rounded-md bg-ochre-100 p-3" data-testid="lock-applications">{l("byApplications")}</p>}
      <fieldset className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-brand-800">{t("general")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {locks.announced ? (
            <LockedValue name="reference" label={t("reference")} value={defaults.reference ?? ""} error={state.fieldErrors.reference} />
          ) : (
            <TextField name="reference" label={t("reference")} hint={t("referenceHint")} state={state} defaultValue={defaults.reference} dir="ltr" required />
          )}
          {locks.announced ? (
            <LockedValue name="programmeId" label={t("programmeId")} value={defaults.programmeId ?? ""} shown={programmeName} error={state.fieldErrors.programmeId} />
          ) : (
            <SelectField name="programmeId" label={t("programmeId")} state={state} defaultValue={defaults.programmeId} placeholder={t("choose")} options={programmes.map((p) => ({ value: p.id, label: p.label }))} required />
          )}
          <TextField name="titleAr" label={t("titleAr")} state={state} defaultValue={defaults.titleAr} dir="rtl" required />
          <TextField name="titleFr" label={t("titleFr")} state={state} defaultValue={defaults.titleFr} dir="ltr" required />
        </div>
        <AxesFieldset state={state} source={source} programmes={programmes} locked={locks.byApplications} chosenProgrammeId={chosenProgramme} />
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-brand-800">{t("dates")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          {locks.announced ? (
            <>
              <LockedValue name="opensAtDate" label={t("opensAtDate")} value={defaults.opensAtDate ?? ""} error={state.fieldErrors.opensAtDate} />
              <LockedValue name="opensAtTime" label={t("opensAtTime")} value={defaults.opensAtTime ?? ""} />
            </>
          ) : (
            <>
              <DateField name="opensAtDate" label={t("opensAtDate")} state={state} defaultValue={defaults.opensAtDate} required />
              <TextField name="opensAtTime" label={t("opensAtTime")} hint={t("timeHint")} state={state} defaultValue={defaults.opensAtTime} dir="ltr" required />
            </>
          )}
          <DateField name="closesAtDate" label={t("closesAtDate")} state={state} defaultValue={defaults.closesAtDate} required />
          <TextField name="closesAtTime" label={t("closesAtTime")} hint={t("timeHint")} state={state} defaultValue={defaults.closesAtTime} dir="ltr" required />
          {locks.announced ? (
            <LockedValue name="envelope" label={t("envelope")} value={defaults.envelope ?? ""} error={state.fieldErrors.envelope} />
          ) : (
            <TextField name="envelope" label={t("envelope")} hint={t("envelopeHint")} state={state} defaultValue={defaults.envelope} inputMode="decimal" dir="ltr" required />
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-bold text-brand-800">{t("texts")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <TextareaField name="textAr" label={t("textAr")} hint={t("markdownHint")} state={state} defaultValue={defaults.textAr} dir="rtl" rows={10} required />
          <TextareaField name="textFr" label={t("textFr")} hint={t("markdownHint")} state={state} defaultValue={defaults.textFr} dir="ltr" rows={10} required />
        </div>
      </fieldset>
      <DocumentRows state={state} source={source} locked={locks.byApplications} />
      <CriterionRows state={state} source={source} locked={locks.byApplications} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
