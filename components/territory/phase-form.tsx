"use client";

import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = { action: FormAction; phase?: { number: number; startYear: number; endYear: number | null; nameAr: string; nameFr: string } };

export function PhaseForm({ action, phase }: Props) {
  const { t, lists, state, formAction, fieldLabel } = useTerritoryForm(action);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      <TextField name="number" label={t("number")} state={state} defaultValue={phase?.number} required inputMode="numeric" dir="ltr" />
      <TextField name="startYear" label={t("startYear")} state={state} defaultValue={phase?.startYear} required inputMode="numeric" dir="ltr" />
      <TextField name="endYear" label={t("endYear")} hint={t("endYearHint")} state={state} defaultValue={phase?.endYear} inputMode="numeric" dir="ltr" />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={phase?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={phase?.nameFr} required dir="ltr" />
      <SubmitButton label={phase ? lists("save") : t("create")} pendingLabel={phase ? lists("saving") : t("creating")} />
    </form>
  );
}
