import type { FormState } from "@/lib/actions/form-state";

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  required?: boolean;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; defaultValueFrom: (fallback?: string | number | null) => string }) => React.ReactNode;
};

/** Label, control, hint and the error message right next to the field, wired for screen readers. */
export function Field({ name, label, state, hint, required, children }: FieldProps) {
  const id = `field-${name.replace(/\./g, "-")}`;
  const error = state.fieldErrors[name];
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  // After a refused submit the typed value wins over the stored one, so nothing typed is lost.
  const defaultValueFrom = (fallback?: string | number | null) =>
    name in state.values ? (state.values[name] ?? "") : fallback === null || fallback === undefined ? "" : String(fallback);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      {children({ id, name, "aria-invalid": Boolean(error), "aria-describedby": describedBy, defaultValueFrom })}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm font-semibold text-red-800">{error}</p>}
    </div>
  );
}

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600";
