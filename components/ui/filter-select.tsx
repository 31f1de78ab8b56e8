import { inputClass } from "@/components/forms/field";

type Props = {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  allLabel: string;
  /** A line under the select, read with it by screen readers. */
  hint?: string;
};

/** A select of a GET filter form (lists, dashboard); the empty first option means "no filter". */
export function FilterSelect({ name, label, value, options, allLabel, hint }: Props) {
  const id = `filter-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass} aria-describedby={hintId}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {hint && <p id={hintId} className="text-sm text-slate-700">{hint}</p>}
    </div>
  );
}
