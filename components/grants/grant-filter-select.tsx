import { inputClass } from "@/components/forms/field";

type Props = { name: string; label: string; value: string | undefined; options: { value: string | number; label: string }[]; allLabel: string };

/** One filter of the GET form: "all" first, then the choices; keeps the value from the URL. */
export function GrantFilterSelect({ name, label, value, options, allLabel }: Props) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
