import type { FormState } from "@/lib/actions/form-state";
import { Field, inputClass } from "@/components/forms/field";

type Props = { name: string; label: string; state: FormState; defaultValue?: string | null; hint?: string; required?: boolean; rows?: number; dir?: "rtl" | "ltr" };

export function TextareaField({ name, label, state, defaultValue, hint, required, rows = 4, dir }: Props) {
  return (
    <Field name={name} label={label} state={state} hint={hint} required={required}>
      {({ defaultValueFrom, ...control }) => (
        <textarea {...control} rows={rows} dir={dir} required={required} defaultValue={defaultValueFrom(defaultValue)} className={inputClass} />
      )}
    </Field>
  );
}
