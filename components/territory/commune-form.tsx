"use client";

import { LEGAL_STATUSES, SETTINGS } from "@/lib/territory/schema";
import { showAlternativeNames } from "@/lib/territory/alternative-names";
import type { SelectOption } from "@/components/forms/select-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = {
  action: FormAction;
  commune?: { code: string; nameAr: string; nameFr: string; legalStatus: string; setting: string; alternativeNames: string; version: number };
  /** Only for a national admin: they choose the commune's prefecture or province (or move it there). */
  prefectures?: SelectOption[];
  defaultPrefectureId?: number;
};

export function CommuneForm({ action, commune, prefectures, defaultPrefectureId }: Props) {
  const { t, lists, state, formAction, fieldLabel, version } = useTerritoryForm(action, commune?.version);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {prefectures && (
        <SelectField name="prefectureId" label={t("prefecture")} hint={commune ? t("prefectureMoveHint") : undefined} state={state} options={prefectures} defaultValue={defaultPrefectureId} required />
      )}
      <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} defaultValue={commune?.code} required dir="ltr" />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={commune?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={commune?.nameFr} required dir="ltr" />
      <TextField name="alternativeNames" label={t("alternativeNames")} hint={t("alternativeNamesHint")} state={state} defaultValue={commune && showAlternativeNames(commune.alternativeNames)} dir="auto" />
      <SelectField name="legalStatus" label={t("legalStatus")} state={state} defaultValue={commune?.legalStatus} placeholder={t("choose")} required
        options={LEGAL_STATUSES.map((v) => ({ value: v, label: t(`legalStatuses.${v}`) }))} />
      <SelectField name="setting" label={t("setting")} state={state} defaultValue={commune?.setting} placeholder={t("choose")} required
        options={SETTINGS.map((v) => ({ value: v, label: t(`settings.${v}`) }))} />
      <SubmitButton label={commune ? lists("save") : t("create")} pendingLabel={commune ? lists("saving") : t("creating")} />
    </form>
  );
}
