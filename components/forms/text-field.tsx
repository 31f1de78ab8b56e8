import type { FormState } from "@/lib/actions/form-state";
import { Field, inputClass } from "@/components/forms/field";

type Props = {
  name: string;
  label: string;
  state: FormState;
  defaultValue?: string | number | null;
  type?: "text" | "email" | "password" | "date" | "datetime-local" | "number" | "tel";
  hint?: string;
  required?: boolean;
  dir?: "rtl" | "ltr" | "auto";
  inputMode?: "numeric" | "decimal" | "text" | "email" | "tel";
  autoComplete?: string;
  placeholder?: string;
};

export function TextField({ name, label, state, defaultValue, type = "text", hint, required, dir, inputMode, autoComplete, placeholder }: Props) {
  return (
    <Field name={name} label={label} state={state} hint={hint} required={required}>
      {({ defaultValueFrom, ...control }) => (
        <input
          {...control}
          type={type}
          // Passwords are never refilled from a previous submit.
          defaultValue={type === "password" ? undefined : defaultValueFrom(defaultValue)}
          required={required}
          dir={dir}
          inputMode={inputMode}
          autoComplete={autoComplete}
          placeholder={placeholder}
          className={inputClass}
        />
      )}
    </Field>
  );
}
