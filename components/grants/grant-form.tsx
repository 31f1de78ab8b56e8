"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { GRANT_STATUSES } from "@/lib/grants/rules";
import type { GrantFormOptions } from "@/lib/grants/types";
import { Link } from "@/lib/i18n/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { runningTotal } from "@/lib/grants/running-total";
import { DateField } from "@/components/forms/date-field";
import { PartnerRows, TrancheRows } from "@/components/grants/grant-rows";
import { CooperativeCombobox } from "@/components/grants/cooperative-combobox";
import { ProgrammeAxisFields } from "@/components/grants/programme-axis-fields";
import { RunningTotalPanel } from "@/components/grants/running-total";
import { useGrantFieldLabel } from "@/components/grants/use-grant-field-label";

type Props = {
  /** createGrantAction, or updateGrantAction bound to the grant id. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  options: GrantFormOptions;
  /** The form's own string values: the stored grant (toFormValues) or the preselected cooperative. */
  defaults: Record<string, string>;
  /** The version the edit form was opened at; absent on create. */
  version?: number;
  cancelHref: string;
};

/** Works without JavaScript: a plain POST answered with the same form, its values and its errors. */
export function GrantForm({ action, options, defaults, version, cancelHref }: Props) {
  const t = useTranslations("Grants.form");
  const statusLabel = useTranslations("Grants.status");
  const fieldLabel = useGrantFieldLabel();
  const [state, formAction] = useActionState(action, initialFormState);
  // After a conflict, saving again means "keep my values": it is made against the version now stored.
  const currentVersion = state.conflict?.currentVersion ?? version;
  const amount = { inputMode: "decimal", dir: "ltr" } as const;
  // The running total reads the form itself on every keystroke; first from the values it is rendered with.
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>(state.status === "idle" ? defaults : state.values);
  const readForm = () => {
    if (!form.current) return;
    const entries = [...new FormData(form.current).entries()].filter((e): e is [string, string] => typeof e[1] === "string");
    setValues(Object.fromEntries(entries));
  };
  // After an action React resets the form to the values it answered with: read them again.
  useEffect(readForm, [state]);
  return (
    <form ref={form} action={formAction} onInput={readForm} onChange={readForm} className="space-y-6" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <div className="grid gap-4 md:grid-cols-2">
        <CooperativeCombobox name="cooperativeId" label={t("cooperative")} state={state} options={options.cooperatives} placeholder={t("chooseCooperative")} defaultValue={defaults.cooperativeId} />
        <SelectField name="status" label={t("status")} state={state} options={GRANT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} defaultValue={defaults.status ?? "APPROVED"} required />
        <ProgrammeAxisFields state={state} programmes={options.programmes} axes={options.axes} defaults={defaults} />
        <TextField name="titleAr" label={t("titleAr")} state={state} defaultValue={defaults.titleAr} dir="rtl" required />
        <TextField name="titleFr" label={t("titleFr")} state={state} defaultValue={defaults.titleFr} dir="ltr" required />
        <DateField name="approvedOn" label={t("approvedOn")} state={state} defaultValue={defaults.approvedOn} required />
      </div>
      <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-bold text-brand-800">{t("money")}</legend>
        <p className="text-sm text-slate-600">{t("moneyHelp")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="totalCost" label={t("totalCost")} hint={t("amountHint")} state={state} defaultValue={defaults.totalCost} required {...amount} />
          <TextField name="indhContribution" label={t("indhContribution")} state={state} defaultValue={defaults.indhContribution} required {...amount} />
          <TextField name="beneficiaryContribution" label={t("beneficiaryContribution")} hint={t("beneficiaryHint")} state={state} defaultValue={defaults.beneficiaryContribution} {...amount} />
        </div>
      </fieldset>
      <PartnerRows organisations={options.organisations} state={state} defaults={defaults} />
      <RunningTotalPanel total={runningTotal(values)} />
      <TrancheRows state={state} defaults={defaults} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
