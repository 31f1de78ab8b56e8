"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { useValidatedAction } from "@/components/forms/use-validated-action";
import { ORGANISATION_KINDS, organisationInputSchema, organisationUpdateSchema } from "@/lib/organisations/schema";
import type { Option } from "@/lib/organisations/types";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormStatus } from "@/components/forms/form-status";

type Props = {
  /** createOrganisationAction, or updateOrganisationAction bound to the record id. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  communes: Option[];
  /** The stored record as form strings (toFormValues); empty for a new organisation. */
  defaults?: Record<string, string>;
  version?: number;
  cancelHref: string;
};

/** Create and edit form; a plain form posting to a server action, so it also works without JavaScript. */
export function OrganisationForm({ action, communes, defaults = {}, version, cancelHref }: Props) {
  const t = useTranslations("Organisations");
  const lists = useTranslations("Lists");
  // The same schema as the server, checked before sending (create has no version; edit has one).
  const [state, formAction, onSubmit] = useValidatedAction(action, version === undefined ? organisationInputSchema : organisationUpdateSchema);
  const label = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.code") : field);
  // After a conflict, saving again means "keep my values": the form then carries the newer version.
  const currentVersion = state.conflict?.currentVersion ?? state.values.version ?? version;
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-3xl space-y-6" noValidate>
      <FormStatus state={state} fieldLabel={label} />
      {currentVersion !== undefined && <input type="hidden" name="version" value={currentVersion} />}
      <div className="grid gap-4 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField name="code" label={label("code")} state={state} defaultValue={defaults.code} required dir="ltr" hint={t("hints.code")} />
        <SelectField
          name="kind"
          label={label("kind")}
          state={state}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          defaultValue={defaults.kind}
          placeholder={t("choose")}
          required
        />
        <TextField name="nameAr" label={label("nameAr")} state={state} defaultValue={defaults.nameAr} required dir="rtl" />
        <TextField name="nameFr" label={label("nameFr")} state={state} defaultValue={defaults.nameFr} required dir="ltr" />
        <TextField name="acronym" label={label("acronym")} state={state} defaultValue={defaults.acronym} dir="ltr" />
        <SelectField name="communeId" label={label("communeId")} state={state} options={communes} defaultValue={defaults.communeId} placeholder={t("noCommune")} hint={t("hints.communeId")} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={version === undefined ? t("create") : lists("save")} pendingLabel={lists("saving")} />
        <Link href={cancelHref} className="text-brand-700 underline">{lists("cancel")}</Link>
      </div>
    </form>
  );
}
