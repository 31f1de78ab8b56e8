"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import { applicationInputSchema } from "@/lib/applications/schema";
import type { ApplicationFormCall } from "@/lib/applications/types";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { DocumentField } from "@/components/apply/document-field";
import { checkChosenFiles } from "@/components/apply/file-limits";
import { FormSection } from "@/components/forms/form-section";

type Props = {
  /** submitApplicationAction or recordPaperApplicationAction, bound to the call. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  call: Pick<ApplicationFormCall, "axes" | "documents" | "communes" | "sectors">;
  /** The public form's signed ticket (absent on the paper form). */
  ticket?: string;
  /** The paper form asks for the applicant's language. */
  askLanguage?: boolean;
  /** The law 09-08 notice, rendered on the server. */
  notice: React.ReactNode;
};

/**
 * The application form. Without JavaScript it is a plain multipart POST to the server action; with it, the
 * same zod schema checks the text fields first. Files cannot be refilled after a refusal: the form says so.
 */
export function ApplicationForm({ action, call, ticket, askLanguage, notice }: Props) {
  const t = useTranslations("Apply");
  const [state, formAction, onSubmit] = useValidatedAction(action, applicationInputSchema);
  const validation = useTranslations("Validation");
  const onFilesChosen = (event: React.ChangeEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLInputElement && event.target.type === "file") {
      checkChosenFiles(event.currentTarget, (code, values) => validation(code as "invalid", values));
    }
  };
  const f = (name: string) => t(`fields.${name}` as "fields.nameAr");
  const amount = (name: string, required = true, hint?: string) => (
    <TextField name={name} label={f(name)} state={state} required={required} inputMode="decimal" dir="ltr" hint={hint} />
  );
  const count = (name: string) => <TextField name={name} label={f(name)} state={state} required inputMode="numeric" dir="ltr" />;
  const fieldLabel = (name: string) => (name.startsWith("documents.") ? call.documents.find((d) => `documents.${d.id}` === name)?.label ?? name : f(name));
  return (
    <form action={formAction} onSubmit={onSubmit} onChange={onFilesChosen} className="space-y-6">
      <FormStatus state={state} fieldLabel={fieldLabel} />
      <p className="text-sm text-slate-700">{t("requiredNote")}</p>
      {ticket && <input type="hidden" name="ticket" value={ticket} />}
      {ticket && (
        // A field people never see or reach; robots that fill every input fill it, and are refused.
        <div aria-hidden="true" className="absolute h-px w-px overflow-hidden opacity-0">
          <label htmlFor="field-website">{t("honeypot")}</label>
          <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
      )}
      <FormSection title={t("sections.cooperative")}>
        <TextField name="registerNumber" label={f("registerNumber")} state={state} required dir="ltr" hint={t("hints.registerNumber")} />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="nameAr" label={f("nameAr")} state={state} required dir="rtl" />
          <TextField name="nameFr" label={f("nameFr")} state={state} required dir="ltr" />
          <SelectField name="communeId" label={f("communeId")} state={state} options={call.communes} placeholder={t("choose")} required />
          <SelectField name="sectorId" label={f("sectorId")} state={state} options={call.sectors} placeholder={t("choose")} required />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          {count("members")}
          {count("womenMembers")}
          {count("youngMembers")}
        </div>
      </FormSection>
      <FormSection title={t("sections.contact")}>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField name="contactName" label={f("contactName")} state={state} required autoComplete="name" />
          <TextField name="contactPhone" label={f("contactPhone")} state={state} required type="tel" dir="ltr" autoComplete="tel" hint={t("hints.contactPhone")} />
          <TextField name="contactEmail" label={f("contactEmail")} state={state} type="email" dir="ltr" autoComplete="email" />
        </div>
        {askLanguage && (
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField name="language" label={f("language")} state={state} options={[{ value: "ar", label: t("paper.languages.ar") }, { value: "fr", label: t("paper.languages.fr") }]} />
            <DateField name="receivedOn" label={t("paper.receivedOn")} state={state} required />
          </div>
        )}
      </FormSection>
      <FormSection title={t("sections.project")}>
        <TextField name="projectTitle" label={f("projectTitle")} state={state} required />
        <TextareaField name="projectDescription" label={f("projectDescription")} state={state} required rows={6} />
        <SelectField name="axisId" label={f("axisId")} state={state} options={call.axes} placeholder={call.axes.length > 1 ? t("choose") : undefined} required />
      </FormSection>
      <FormSection title={t("sections.amounts")}>
        <p className="text-sm text-slate-700">{t("hints.amounts")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          {amount("totalCost")}
          {amount("requestedIndh")}
          {amount("beneficiaryContribution")}
          {amount("partnersContribution", false, t("hints.partnersContribution"))}
        </div>
        <TextareaField name="partnersDescription" label={f("partnersDescription")} state={state} rows={3} />
      </FormSection>
      <FormSection title={t("sections.documents")}>
        <p className="text-sm text-slate-700">{t("hints.documents")}</p>
        {state.status === "error" && <p className="rounded-md bg-ochre-100 p-2 text-sm font-semibold text-slate-900">{t("hints.filesAgain")}</p>}
        {call.documents.map((d) => <DocumentField key={d.id} id={d.id} label={d.label} state={state} />)}
      </FormSection>
      <FormSection title={t("sections.consent")}>
        {notice}
        <CheckboxField name="consent" label={f("consent")} state={state} />
      </FormSection>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
