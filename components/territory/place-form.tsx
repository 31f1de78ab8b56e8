"use client";

import { PLACE_KINDS } from "@/lib/territory/schema";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = {
  action: FormAction;
  /** Creating: the commune the place goes into (checked again on the server). */
  communeId?: number;
  place?: { code: string; kind: string; nameAr: string; nameFr: string; version: number };
};

export function PlaceForm({ action, communeId, place }: Props) {
  const { t, lists, state, formAction, fieldLabel, version } = useTerritoryForm(action, place?.version);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {communeId !== undefined && <input type="hidden" name="communeId" value={communeId} />}
      <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} defaultValue={place?.code} required dir="ltr" />
      <SelectField name="kind" label={t("kind")} state={state} defaultValue={place?.kind ?? "ARRONDISSEMENT"} required
        options={PLACE_KINDS.map((v) => ({ value: v, label: t(`kinds.${v}`) }))} />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={place?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={place?.nameFr} required dir="ltr" />
      <SubmitButton label={place ? lists("save") : t("create")} pendingLabel={place ? lists("saving") : t("creating")} />
    </form>
  );
}
