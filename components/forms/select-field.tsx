import type { FormState } from "@/lib/actions/form-state";
import { Field, inputClass } from "@/components/forms/field";

/** `group`: options sharing one (consecutive) are shown under it, as an <optgroup>. */
export type SelectOption = { value: string | number; label: string; group?: string };

const optionOf = (o: SelectOption) => <option key={o.value} value={o.value}>{o.label}</option>;

function grouped(options: SelectOption[]) {
  const groups: { label: string; options: SelectOption[] }[] = [];
  for (const o of options) {
    const last = groups.at(-1);
    if (last && last.label === o.group) last.options.push(o);
    else groups.push({ label: o.group ?? "", options: [o] });
  }
  return groups.map((g) => (g.label ? <optgroup key={g.label} label={g.label}>{g.options.map(optionOf)}</optgroup> : g.options.map(optionOf)));
}

type Props = {
  name: string;
  label: string;
  state: FormState;
  options: SelectOption[];
  defaultValue?: string | number | null;
  /** Text of an empty first option ("choose..."); omit when a value is always chosen. */
  placeholder?: string;
  hint?: string;
  required?: boolean;
};

export function SelectField({ name, label, state, options, defaultValue, placeholder, hint, required }: Props) {
  return (
    <Field name={name} label={label} state={state} hint={hint} required={required}>
      {({ defaultValueFrom, ...control }) => (
        // React marks a select's default option only when it mounts, and React 19 resets forms after an
        // action: keyed by its default, the select remounts with the submitted choice, so a refused submit
        // does not send it back to the first option.
        <select key={defaultValueFrom(defaultValue)} {...control} required={required} defaultValue={defaultValueFrom(defaultValue)} className={inputClass}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.some((o) => o.group) ? grouped(options) : options.map(optionOf)}
        </select>
      )}
    </Field>
  );
}
