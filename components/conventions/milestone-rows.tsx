"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField, type SelectOption } from "@/components/forms/select-field";

type Props = { state: FormState; defaults: Record<string, string>; rows: number; tranches: SelectOption[] };

/** One fieldset per milestone; the last one is left empty to add a milestone (blank rows are dropped). */
export function MilestoneRows({ state, defaults, rows, tranches }: Props) {
  const t = useTranslations("Conventions.form");
  const milestonesError = state.fieldErrors.milestones;
  return (
    <fieldset className="space-y-4" aria-describedby="milestones-hint">
      <legend className="text-xl font-bold text-brand-800">{t("milestones")}</legend>
      <p id="milestones-hint" className="text-sm text-slate-700">{t("milestonesHint")}</p>
      {milestonesError && <p id="field-milestones-error" className="text-sm font-semibold text-red-800">{milestonesError}</p>}
      {Array.from({ length: rows }, (_, i) => {
        const name = (field: string) => `milestones.${i}.${field}`;
        return (
          <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 bg-white p-3 md:grid-cols-2" data-testid={`milestone-row-${i}`}>
            <legend className="px-1 font-semibold">{t("milestoneN", { n: i + 1 })}</legend>
            <TextField name={name("labelAr")} label={t("labelAr")} state={state} defaultValue={defaults[name("labelAr")]} dir="rtl" />
            <TextField name={name("labelFr")} label={t("labelFr")} state={state} defaultValue={defaults[name("labelFr")]} dir="ltr" />
            <DateField name={name("dueOn")} label={t("dueOn")} state={state} defaultValue={defaults[name("dueOn")]} />
            <SelectField name={name("trancheId")} label={t("trancheId")} state={state} options={tranches} placeholder={t("noTranche")} defaultValue={defaults[name("trancheId")]} />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
