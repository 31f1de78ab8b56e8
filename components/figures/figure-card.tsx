// An amount is never broken inside itself ("4.447.000,00 د." then "م."): the value does not wrap, and the
// grids holding these cards give each one at least 15rem, room for an amount in the hundreds of millions.
export function FigureCard({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-xl font-bold whitespace-nowrap text-brand-800 tabular-nums">{value}</dd>
      {detail && <dd className="mt-1 text-sm text-slate-700">{detail}</dd>}
    </div>
  );
}
