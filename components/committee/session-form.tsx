"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { DateField } from "@/components/forms/date-field";
import { FiledUnder } from "@/components/filing/filed-under";

type Props = {
  /** createSessionAction, or updateSessionAction.bind(null, id). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The stored session as form strings (sessionFormValues), or {} for a new one. */
  defaults: Record<string, string>;
  version?: number;
  cancelHref: string;
  /** A national user's chosen prefecture, whose CPDH meets (sent as prefectureId); absent otherwise. */
  filedUnder?: { id: number; name: string };
};

/** A CPDH session's date (Morocco time), place, chair and members, in both languages where it is printed. */
export function SessionForm({ action, defaults, version, cancelHref, filedUnder }: Props) {
  const t = useTranslations("Committee.form");
  const [state, formAction] = useActionState(action, initialFormState);
  const formVersion = state.conflict?.currentVersion ?? (state.values.version ? Number(state.values.version) : version);
  const fieldLabel = (field: string) => (t.has(field as "save") ? t(field as "save") : field);
  return (
    <form action={formAction} className="max-w-3xl space-y-5" noValidate>
      <FormStatus state={state} fieldLabel={fieldLabel} />
      {formVersion !== undefined && <input type="hidden" name="version" value={formVersion} />}
      {filedUnder && <FiledUnder kind="session" prefecture={filedUnder} error={state.fieldErrors.prefectureId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField name="heldOnDate" label={t("heldOnDate")} state={state} defaultValue={defaults.heldOnDate} required />
        <TextField name="heldOnTime" label={t("heldOnTime")} state={state} defaultValue={defaults.heldOnTime} hint={t("timeHint")} dir="ltr" inputMode="numeric" required />
        <TextField name="placeAr" label={t("placeAr")} state={state} defaultValue={defaults.placeAr} dir="rtl" required />
        <TextField name="placeFr" label={t("placeFr")} state={state} defaultValue={defaults.placeFr} dir="ltr" required />
        <TextField name="chairAr" label={t("chairAr")} state={state} defaultValue={defaults.chairAr} dir="rtl" required />
        <TextField name="chairFr" label={t("chairFr")} state={state} defaultValue={defaults.chairFr} dir="ltr" required />
      </div>
      <TextareaField name="membersPresent" label={t("membersPresent")} state={state} defaultValue={defaults.membersPresent} hint={t("membersHint")} rows={6} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextareaField name="notesAr" label={t("notesAr")} state={state} defaultValue={defaults.notesAr} dir="rtl" />
        <TextareaField name="notesFr" label={t("notesFr")} state={state} defaultValue={defaults.notesFr} dir="ltr" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton label={t("save")} pendingLabel={t("saving")} />
        <Link href={cancelHref} className="underline">{t("cancel")}</Link>
      </div>
    </form>
  );
}
