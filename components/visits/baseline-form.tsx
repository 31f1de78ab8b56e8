"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { baselineInputSchema } from "@/lib/visits/schema";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  defaults: Record<string, string>;
  /** 0 when the grant has no baseline yet. */
  version: number;
  cancelHref: string;
};

/** The project's indicators as they stood at approval, which every visit is compared with. */
export function BaselineForm({ action, defaults, version, cancelHref }: Props) {
  const t = useTranslations("Visits.form");
  const [state, formAction, onSubmit] = useValidatedAction(action, baselineInputSchema);
  const fieldLabel = (field: string) => (t.has(field as "jobs") ? t(field as "jobs") : field);
  const count = (name: string) => <TextField name={name} label={t(name as "jobs")} state={state} defaultValue={defaults[name]} required inputMode="numeric" dir="ltr" />;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} fieldLabel={fieldLabel} />
      <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />
      <div className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-2">
        {count("jobs")}
        {count("jobsWomen")}
        {count("jobsYoung")}
        {count("members")}
        <TextField name="annualRevenue" label={t("annualRevenue")} state={state} defaultValue={defaults.annualRevenue} required inputMode="decimal" dir="ltr" hint={t("amountHint")} />
        {count("productionQuantity")}
        <TextField name="productionUnitAr" label={t("productionUnitAr")} state={state} defaultValue={defaults.productionUnitAr} required dir="rtl" hint={t("productionUnitHint")} />
        <TextField name="productionUnitFr" label={t("productionUnitFr")} state={state} defaultValue={defaults.productionUnitFr} required dir="ltr" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="text-brand-700 underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
