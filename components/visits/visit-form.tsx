"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { visitInputSchema, visitUpdateSchema, PROJECT_STATES } from "@/lib/visits/schema";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { Link } from "@/lib/i18n/navigation";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField, type SelectOption } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { PhotoInput } from "@/components/photos/photo-input";
import { FormSection } from "@/components/forms/form-section";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Stored values (edit) or the proposal (new). */
  defaults: Record<string, string>;
  /** Present when editing: the version the form was opened at. */
  version: number | null;
  /** Milestones of the signed convention the visit may find reached. */
  milestones: SelectOption[];
  /** A milestone recorded by this visit stays recorded: the choice is then fixed. */
  milestoneFixed: boolean;
  /** The baseline's production unit, to name the quantity asked for. */
  productionUnit: string | null;
  cancelHref: string;
};

/** A visit: date, who went, findings, the project's state, the milestone reached, indicators and photos. */
export function VisitForm({ action, defaults, version, milestones, milestoneFixed, productionUnit, cancelHref }: Props) {
  const t = useTranslations("Visits.form");
  const states = useTranslations("Visits.states");
  const [state, formAction, onSubmit] = useValidatedAction(action, version === null ? visitInputSchema : visitUpdateSchema);
  const fieldLabel = (field: string) => (t.has(field as "visitedOn") ? t(field as "visitedOn") : field);
  const count = (name: string, hint?: string) => (
    <TextField name={name} label={t(name as "jobs")} state={state} defaultValue={defaults[name]} inputMode="numeric" dir="ltr" hint={hint} />
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {version !== null && <input type="hidden" name="version" value={state.conflict?.currentVersion ?? version} />}
      <FormSection title={t("sections.visit")}>
        <div className="grid gap-4 md:grid-cols-2">
          <DateField name="visitedOn" label={t("visitedOn")} state={state} defaultValue={defaults.visitedOn} required />
          <SelectField
            name="projectState" label={t("projectState")} state={state} defaultValue={defaults.projectState} required placeholder={t("choose")}
            options={PROJECT_STATES.map((s) => ({ value: s, label: states(s) }))}
          />
        </div>
        <TextareaField name="visitors" label={t("visitors")} state={state} defaultValue={defaults.visitors} required rows={2} hint={t("visitorsHint")} />
        <TextareaField name="findings" label={t("findings")} state={state} defaultValue={defaults.findings} required rows={5} />
        {milestoneFixed ? (
          <>
            <input type="hidden" name="milestoneId" value={defaults.milestoneId} />
            <p className="text-sm text-slate-700" data-testid="milestone-fixed">{t("milestoneFixed", { milestone: milestones.find((m) => String(m.value) === defaults.milestoneId)?.label ?? "" })}</p>
          </>
        ) : milestones.length > 0 ? (
          <SelectField name="milestoneId" label={t("milestoneId")} state={state} defaultValue={defaults.milestoneId} options={milestones} placeholder={t("noMilestone")} hint={t("milestoneHint")} />
        ) : (
          <p className="text-sm text-slate-700">{t("noOpenMilestone")}</p>
        )}
      </FormSection>
      <FormSection title={t("sections.indicators")}>
        <p className="text-sm text-slate-700">{t("indicatorsHint")}</p>
        <div className="grid gap-4 md:grid-cols-3">
          {count("jobs")}
          {count("jobsWomen")}
          {count("jobsYoung")}
          {count("members")}
          <TextField name="annualRevenue" label={t("annualRevenue")} state={state} defaultValue={defaults.annualRevenue} inputMode="decimal" dir="ltr" hint={t("amountHint")} />
          {count("productionQuantity", productionUnit ? t("productionUnit", { unit: productionUnit }) : t("noBaselineUnit"))}
        </div>
      </FormSection>
      <PhotoInput state={state} legend={t("sections.photos")} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="text-brand-700 underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
