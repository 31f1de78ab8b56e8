"use client";

import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = { action: FormAction; phases: SelectOption[]; defaultPhaseId?: number; programme?: { phaseId: number; number: number; nameAr: string; nameFr: string } };

export function ProgrammeForm({ action, phases, defaultPhaseId, programme }: Props) {
  const { t, lists, state, formAction, fieldLabel } = useTerritoryForm(action);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      <SelectField name="phaseId" label={t("phaseId")} state={state} options={phases} defaultValue={programme?.phaseId ?? defaultPhaseId} placeholder={t("choose")} required />
      <TextField name="number" label={t("number")} state={state} defaultValue={programme?.number} required inputMode="numeric" dir="ltr" />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={programme?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={programme?.nameFr} required dir="ltr" />
      <SubmitButton label={programme ? lists("save") : t("create")} pendingLabel={programme ? lists("saving") : t("creating")} />
    </form>
  );
}
