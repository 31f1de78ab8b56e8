"use client";

import { PREFECTURE_KINDS } from "@/lib/territory/schema";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useTerritoryForm, type FormAction } from "@/components/territory/use-territory-form";

type Props = {
  action: FormAction;
  regions: SelectOption[];
  /** Editing: the code is shown, not sent (it never changes). */
  prefecture?: { code: string; regionId: number; kind: string; nameAr: string; nameFr: string; version: number };
};

export function PrefectureForm({ action, regions, prefecture }: Props) {
  const { t, lists, state, formAction, fieldLabel, version } = useTerritoryForm(action, prefecture?.version);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <SelectField name="regionId" label={t("region")} state={state} options={regions} defaultValue={prefecture?.regionId} placeholder={t("choose")} required />
      {prefecture ? (
        <p><span className="font-semibold">{t("code")}</span> : <span dir="ltr">{prefecture.code}</span></p>
      ) : (
        <TextField name="code" label={t("code")} hint={t("prefectureCodeHint")} state={state} required dir="ltr" />
      )}
      <SelectField name="kind" label={t("prefectureKind")} state={state} defaultValue={prefecture?.kind} placeholder={t("choose")} required
        options={PREFECTURE_KINDS.map((v) => ({ value: v, label: t(`prefectureKinds.${v}`) }))} />
      <TextField name="nameAr" label={t("nameAr")} state={state} defaultValue={prefecture?.nameAr} required dir="rtl" />
      <TextField name="nameFr" label={t("nameFr")} state={state} defaultValue={prefecture?.nameFr} required dir="ltr" />
      <SubmitButton label={prefecture ? lists("save") : t("create")} pendingLabel={prefecture ? lists("saving") : t("creating")} />
    </form>
  );
}
