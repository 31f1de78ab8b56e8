import { inputClass } from "@/components/forms/field";

type Props = {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  allLabel: string;
};

/** A select of a GET filter form (lists, dashboard); the empty first option means "no filter". */
export function FilterSelect({ name, label, value, options, allLabel }: Props) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">{label}</label>
      <select id={id} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
