import { inputClass } from "@/components/forms/field";

type Props = {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string | number; label: string }[];
  allLabel: string;
};

/** A select of a list's GET filter form; the empty first option means "no filter". */
export function FilterSelect({ name, label, value, options, allLabel }: Props) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
