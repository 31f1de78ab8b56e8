"use client";

import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = {
  action: FormAction;
  programmes: SelectOption[];
  defaultProgrammeId?: number;
  /** maxIndhContribution is given as the exact decimal string of the stored centimes. */
  axis?: { programmeId: number; code: string; nameAr: string; nameFr: string; maxIndhSharePercent: number | null; maxIndhContribution: string | null; minWomenOrYouthMembersPercent: number | null; version: number };
};

export function AxisForm({ action, programmes, defaultProgrammeId, axis }: Props) {
  const { t, lists, state, formAction, fieldLabel, version } = useTerritoryForm(action, axis?.version);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <SelectField name="programmeId" label={t("programmeId")} state={state} options={programmes} defaultValue={axis?.programmeId ?? defaultProgrammeId} placeholder={t("choose")} required />
      <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} defaultValue={axis?.code} required dir="ltr" />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={axis?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={axis?.nameFr} required dir="ltr" />
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-bold">{t("thresholds")}</legend>
        <TextField name="maxIndhSharePercent" label={t("maxIndhSharePercent")} hint={t("thresholdHint")} state={state} defaultValue={axis?.maxIndhSharePercent} inputMode="numeric" dir="ltr" />
        <TextField name="maxIndhContribution" label={t("maxIndhContribution")} hint={t("thresholdHint")} state={state} defaultValue={axis?.maxIndhContribution} inputMode="decimal" dir="ltr" />
        <TextField name="minWomenOrYouthMembersPercent" label={t("minWomenOrYouthMembersPercent")} hint={t("thresholdHint")} state={state} defaultValue={axis?.minWomenOrYouthMembersPercent} inputMode="numeric" dir="ltr" />
      </fieldset>
      <SubmitButton label={axis ? lists("save") : t("create")} pendingLabel={axis ? lists("saving") : t("creating")} />
    </form>
  );
}
