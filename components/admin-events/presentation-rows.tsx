import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/actions/form-state";
import type { EventFormOptions } from "@/lib/events/types";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SelectField } from "@/components/forms/select-field";
import { formSource, presentationRowCount } from "@/components/admin-events/form-helpers";

type Props = {
  state: FormState;
  defaults: Record<string, string>;
  organisations: EventFormOptions["organisations"];
  /** Rows asked for with the "add a presentation" button (in the browser); never fewer than the data has. */
  minRows?: number;
};

const FIGURES = ["reportedPeriodStartYear", "reportedPeriodEndYear", "reportedCooperativesFunded", "reportedUrbanCooperatives", "reportedRuralCooperatives"] as const;
const AMOUNTS = ["reportedTotalEnvelope", "reportedIndhContribution"] as const;

/** Presentations as numbered rows (presentations.N.field); the row order is the order they were given in. */
export function PresentationRows({ state, defaults, organisations, minRows = 0 }: Props) {
  const t = useTranslations("AdminEvents.form");
  const rows = Math.min(Math.max(presentationRowCount(formSource(state, defaults)), minRows), 50);
  const orgOptions = organisations.map((o) => ({ value: o.id, label: `${o.name}${o.acronym ? ` (${o.acronym})` : ""}` }));
  return (
    <div className="space-y-4">
      {Array.from({ length: rows }, (_, i) => {
        const n = (field: string) => `presentations.${i}.${field}`;
        const text = (field: string, dir: "rtl" | "ltr", label = t(`presentation.${field}` as "presentation.titleAr")) => (
          <TextField name={n(field)} label={label} state={state} defaultValue={defaults[n(field)]} dir={dir} />
        );
        return (
          <fieldset key={i} className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
            <legend className="px-1 font-bold text-brand-800">{t("presentationRow", { number: i + 1 })}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              {text("titleAr", "rtl")}
              {text("titleFr", "ltr")}
              {text("presenterRoleAr", "rtl")}
              {text("presenterRoleFr", "ltr")}
              <TextareaField name={n("summaryAr")} label={t("presentation.summaryAr")} state={state} defaultValue={defaults[n("summaryAr")]} dir="rtl" rows={2} />
              <TextareaField name={n("summaryFr")} label={t("presentation.summaryFr")} state={state} defaultValue={defaults[n("summaryFr")]} dir="ltr" rows={2} />
            </div>
            <SelectField name={n("organisationId")} label={t("presentation.organisationId")} state={state} options={orgOptions} defaultValue={defaults[n("organisationId")]} placeholder={t("none")} />
            <fieldset className="space-y-2">
              <legend className="text-sm font-semibold text-slate-700">{t("presentation.reported")}</legend>
              <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                {FIGURES.map((field) => (
                  <TextField key={field} name={n(field)} label={t(`presentation.${field}`)} state={state} defaultValue={defaults[n(field)]} inputMode="numeric" dir="ltr" />
                ))}
                {AMOUNTS.map((field) => (
                  <TextField key={field} name={n(field)} label={t(`presentation.${field}`)} state={state} defaultValue={defaults[n(field)]} inputMode="decimal" dir="ltr" />
                ))}
              </div>
            </fieldset>
          </fieldset>
        );
      })}
    </div>
  );
}
