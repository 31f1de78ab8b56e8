import type { FormState } from "@/lib/actions/form-state";
import { Field, inputClass } from "@/components/forms/field";

/** What the file chooser offers; the server checks the content anyway (lib/files/sniff.ts). */
const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/** One required document of the call: one or more files (scanned pages), its error right next to it. */
export function DocumentField({ id, label, state, required = true }: { id: number; label: string; state: FormState; required?: boolean }) {
  return (
    <Field name={`documents.${id}`} label={label} state={state} required={required}>
      {({ defaultValueFrom: _unused, ...control }) => (
        <input {...control} type="file" multiple accept={ACCEPT} required={required} className={`${inputClass} file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-semibold file:text-brand-800`} />
      )}
    </Field>
  );
}
