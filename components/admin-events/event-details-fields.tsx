import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { EventFormOptions } from "@/lib/events/types";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/events/schema";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField } from "@/components/forms/select-field";
import { PartnerCheckboxes } from "@/components/admin-events/partner-checkboxes";
import { SlugField } from "@/components/admin-events/slug-field";

type Props = { state: FormState; defaults: Record<string, string>; options: EventFormOptions };

const section = "space-y-4 rounded-md border border-slate-200 bg-slate-50/50 p-4";
const legend = "px-1 text-lg font-bold text-brand-800";

/** Identification, date and place, organiser and partners, publication status. */
export function EventDetailsFields({ state, defaults, options }: Props) {
  const t = useTranslations("AdminEvents");
  const kinds = useTranslations("EventKind");
  const field = (name: string, dir?: "rtl" | "ltr", required = false) => (
    <TextField name={name} label={t(`form.${name}` as "form.slug")} state={state} defaultValue={defaults[name]} dir={dir} required={required} />
  );
  const communeName = new Map(options.communes.map((c) => [c.id, c.name]));
  return (
    <>
      <fieldset className={section}>
        <legend className={legend}>{t("form.general")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <SlugField state={state} defaultValue={defaults.slug} />
          <SelectField name="kind" label={t("form.kind")} state={state} defaultValue={defaults.kind} placeholder={t("form.choose")} required options={EVENT_KINDS.map((k) => ({ value: k, label: kinds(k) }))} />
          {field("titleAr", "rtl", true)}
          {field("titleFr", "ltr", true)}
          {field("occasionAr", "rtl")}
          {field("occasionFr", "ltr")}
        </div>
      </fieldset>
      <fieldset className={section}>
        <legend className={legend}>{t("form.when")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <DateField name="startsAtDate" label={t("form.startsAtDate")} state={state} defaultValue={defaults.startsAtDate} required />
          <TextField name="startsAtTime" label={t("form.startsAtTime")} hint={t("form.timeHint")} state={state} defaultValue={defaults.startsAtTime} required dir="ltr" inputMode="numeric" />
          {field("venueAr", "rtl", true)}
          {field("venueFr", "ltr", true)}
          <SelectField name="communeId" label={t("form.communeId")} state={state} defaultValue={defaults.communeId} placeholder={t("form.none")} options={options.communes.map((c) => ({ value: c.id, label: c.name }))} />
          <SelectField name="placeId" label={t("form.placeId")} hint={t("form.placeHint")} state={state} defaultValue={defaults.placeId} placeholder={t("form.none")}
            options={options.places.map((p) => ({ value: p.id, label: `${communeName.get(p.communeId) ?? ""} — ${p.name}` }))} />
          <TextField name="attendance" label={t("form.attendance")} state={state} defaultValue={defaults.attendance} inputMode="numeric" dir="ltr" />
          <div />
          {field("attendanceNoteAr", "rtl")}
          {field("attendanceNoteFr", "ltr")}
        </div>
      </fieldset>
      <fieldset className={section}>
        <legend className={legend}>{t("form.who")}</legend>
        <SelectField name="organiserId" label={t("form.organiserId")} state={state} defaultValue={defaults.organiserId} placeholder={t("form.choose")} required
          options={options.organisations.map((o) => ({ value: o.id, label: `${o.name}${o.acronym ? ` (${o.acronym})` : ""}` }))} />
        <PartnerCheckboxes state={state} defaults={defaults} organisations={options.organisations} />
      </fieldset>
      <fieldset className={section}>
        <legend className={legend}>{t("form.publication")}</legend>
        <SelectField name="status" label={t("form.status")} hint={t("form.statusHint")} state={state} defaultValue={defaults.status ?? "DRAFT"} required
          options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </fieldset>
    </>
  );
}
