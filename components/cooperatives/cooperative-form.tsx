"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { cooperativeInputSchema, cooperativeUpdateSchema } from "@/lib/cooperatives/schema";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import type { CooperativeFormOptions } from "@/lib/cooperatives/types";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  /** createCooperativeAction, or updateCooperativeAction bound to the record id. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  options: CooperativeFormOptions;
  /** The stored record as form strings (toFormValues); empty for a new cooperative. */
  defaults?: Record<string, string>;
  /** The version the edit started from; absent when creating. */
  version?: number;
  cancelHref: string;
};

const fieldsetClass = "grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2";
const legendClass = "px-1 text-lg font-bold text-brand-800";

/** Create and edit form. A plain form posting to a server action, so it also works without JavaScript. */
export function CooperativeForm({ action, options, defaults = {}, version, cancelHref }: Props) {
  const t = useTranslations("Cooperatives");
  const lists = useTranslations("Lists");
  // The same schema as the server, checked before sending (create has no version; edit has one).
  const [state, formAction, onSubmit] = useValidatedAction(action, version === undefined ? cooperativeInputSchema : cooperativeUpdateSchema);
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.nameAr") : field);
  const text = (name: string, extra: Partial<React.ComponentProps<typeof TextField>> = {}) => (
    <TextField name={name} label={label(name)} state={state} defaultValue={defaults[name]} {...extra} />
  );
  // After a conflict, saving again means "keep my values": the form then carries the newer version.
  const currentVersion = state.conflict?.currentVersion ?? state.values.version ?? version;
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6" noValidate>
      <FormStatus state={state} fieldLabel={label} />
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.identity")}</legend>
        {text("registerNumber", { required: true, dir: "ltr", hint: t("hints.registerNumber") })}
        <SelectField name="sectorId" label={label("sectorId")} state={state} options={options.sectors} defaultValue={defaults.sectorId} placeholder={t("choose")} required />
        {text("nameAr", { required: true, dir: "rtl" })}
        {text("nameFr", { required: true, dir: "ltr" })}
        <DateField name="foundedOn" label={label("foundedOn")} state={state} defaultValue={defaults.foundedOn} />
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.location")}</legend>
        <SelectField name="communeId" label={label("communeId")} state={state} options={options.communes} defaultValue={defaults.communeId} placeholder={t("choose")} required />
        <SelectField name="placeId" label={label("placeId")} state={state} options={options.places} defaultValue={defaults.placeId} placeholder={t("noPlace")} hint={t("hints.placeId")} />
      </fieldset>
      <fieldset className={`${fieldsetClass} sm:grid-cols-3`}>
        <legend className={legendClass}>{t("sections.members")}</legend>
        {text("members", { required: true, inputMode: "numeric", dir: "ltr" })}
        {text("womenMembers", { required: true, inputMode: "numeric", dir: "ltr", hint: t("hints.womenMembers") })}
        {text("youngMembers", { required: true, inputMode: "numeric", dir: "ltr", hint: t("hints.youngMembers") })}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.contact")}</legend>
        {text("contactName")}
        {text("contactPhone", { type: "tel", dir: "ltr", autoComplete: "off" })}
        {text("contactEmail", { type: "email", dir: "ltr", autoComplete: "off" })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={version === undefined ? t("create") : lists("save")} pendingLabel={lists("saving")} />
        <Link href={cancelHref} className="text-brand-700 underline">{lists("cancel")}</Link>
      </div>
    </form>
  );
}
