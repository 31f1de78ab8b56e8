"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SelectField } from "@/components/forms/select-field";

type Props = {
  /** decideAgendaItemAction.bind(null, sessionId, itemId). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  requestedLabel: string;
  /** The request's amount as the amount field shows it: approving in full is the common case. */
  defaultAmount: string;
  /** Set when the application counted on partners: their amount and description, and the organisations. */
  partners: { amountLabel: string; description: string; organisations: { id: number; name: string }[] } | null;
};

const DECISIONS = ["APPROVED", "DEFERRED", "REJECTED"] as const;

/** The committee's decision on one agenda item: approve with an amount, defer, or reject with a reason. */
export function DecisionForm({ action, requestedLabel, defaultAmount, partners }: Props) {
  const t = useTranslations("Committee.decide");
  const d = useTranslations("Committee.decision");
  const [state, formAction] = useActionState(action, initialFormState);
  const chosen = state.values.decision ?? "";
  const error = state.fieldErrors.decision;
  const fieldLabel = (field: string) => (field === "decision" ? t("choice") : t.has(field as "reason") ? t(field as "reason") : field);
  // One decision form per page (the item's page): its fields' ids are "field-<name>", unique only there.
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-300 bg-slate-50 p-4" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      <fieldset className="space-y-2" aria-describedby={error ? "field-decision-error" : undefined}>
        <legend className="font-semibold text-slate-900">{t("choice")}<span aria-hidden="true" className="text-red-700"> *</span></legend>
        <div key={chosen} className="flex flex-wrap gap-4">
          {DECISIONS.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="decision" value={value} defaultChecked={chosen === value} className="size-5 accent-brand-700" />
              {d(value)}
            </label>
          ))}
        </div>
        {error && <p id="field-decision-error" className="text-sm font-semibold text-red-800">{error}</p>}
      </fieldset>
      <TextField name="approvedAmount" label={t("approvedAmount")} state={state} defaultValue={defaultAmount} hint={t("amountHint", { requested: requestedLabel })} inputMode="decimal" dir="ltr" />
      {partners && (
        <SelectField
          name="partnerOrganisationId" label={t("partnerOrganisation")} state={state} placeholder={t("choose")}
          hint={t("partnerHint", { amount: partners.amountLabel, description: partners.description || "—" })}
          options={partners.organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      <TextareaField name="reason" label={t("reason")} state={state} hint={t("reasonHint")} rows={2} />
      <SubmitButton label={t("record")} pendingLabel={t("recording")} />
    </form>
  );
}
