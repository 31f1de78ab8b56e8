import type { FormState } from "@/lib/actions/form-state";

type Props = { name: string; label: string; state: FormState; defaultChecked?: boolean; hint?: string };

/** Submits "on" when checked. After a refused submit, the box keeps the state the user left it in. */
export function CheckboxField({ name, label, state, defaultChecked, hint }: Props) {
  const id = `field-${name.replace(/\./g, "-")}`;
  const submitted = state.status !== "idle";
  const checked = submitted ? state.values[name] === "on" : Boolean(defaultChecked);
  const error = state.fieldErrors[name];
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input id={id} type="checkbox" name={name} defaultChecked={checked} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined} className="size-5 accent-brand-700" />
        <label htmlFor={id} className="font-semibold text-slate-900">{label}</label>
      </div>
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p>}
    </div>
  );
}
