/** A titled group of a long form's fields (a fieldset with its legend), as the application and visit forms use. */
export function FormSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-bold text-brand-800">{title}</legend>
      {children}
    </fieldset>
  );
}
