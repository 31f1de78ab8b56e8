"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { createConventionSchema, updateConventionSchema } from "@/lib/conventions/schema";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { MilestoneRows } from "@/components/conventions/milestone-rows";
import type { SelectOption } from "@/components/forms/select-field";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Stored values (edit) or the proposal (new): reference, texts and "milestones.N.field". */
  defaults: Record<string, string>;
  /** Present when editing: the version the form was opened at. */
  version: number | null;
  tranches: SelectOption[];
  cancelHref: string;
};

/** The convention's reference, its texts in both languages and its milestones. */
export function ConventionForm({ action, defaults, version, tranches, cancelHref }: Props) {
  const t = useTranslations("Conventions.form");
  const [state, formAction, onSubmit] = useValidatedAction(action, version === null ? createConventionSchema : updateConventionSchema);
  const rows = Math.max(tranches.length, Object.keys(defaults).filter((k) => /^milestones\.\d+\.labelAr$/.test(k)).length) + 1;
  // The error summary names a milestone's field with its row: "Étape 2 — Échéance".
  const fieldLabel = (field: string) => {
    const row = /^milestones\.(\d+)\.(\w+)$/.exec(field);
    const key = (row ? row[2]! : field) as "reference";
    const label = t.has(key) ? t(key) : field;
    return row ? `${t("milestoneN", { n: Number(row[1]) + 1 })} — ${label}` : label;
  };
  const text = (name: string, dir: "rtl" | "ltr") => (
    <TextareaField name={name} label={t(name as "obligationsAr")} state={state} defaultValue={defaults[name]} required rows={6} dir={dir} hint={t("textHint")} />
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== null && <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />}
      <div className="max-w-sm">
        <TextField name="reference" label={t("reference")} state={state} defaultValue={defaults.reference} required dir="ltr" hint={t("referenceHint")} autoComplete="off" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {text("obligationsAr", "rtl")}
        {text("obligationsFr", "ltr")}
        {text("resultsAr", "rtl")}
        {text("resultsFr", "ltr")}
      </div>
      <MilestoneRows state={state} defaults={defaults} rows={rows} tranches={tranches} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="text-brand-700 underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
