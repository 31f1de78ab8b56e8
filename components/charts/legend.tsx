// An HTML legend: flex follows the reading direction by itself, and its text wraps on a phone.
type Props = { items: { label: string; color: string; detail?: string }[] };

export function Legend({ items }: Props) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          {/* An SVG swatch prints in colour, where a CSS background is dropped by default. */}
          <svg aria-hidden="true" width="12" height="12" className="shrink-0"><rect width="12" height="12" rx="2" fill={item.color} /></svg>
          <span>{item.label}</span>
          {item.detail && <span className="tabular-nums text-slate-700">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
