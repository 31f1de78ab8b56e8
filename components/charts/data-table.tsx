// The data behind a chart: row headers are drill-down links when the row can narrow the filters. The cells' look
// is set once by .figures-table (app/globals.css), not on each of a national page's hundreds of cells.
import { ScrollRegion } from "@/components/ui/scroll-region";
export type DataTableRow = { key: string; label: string; href?: string; values: string[] };

type Props = { caption: string; headers: string[]; rows: DataTableRow[]; total?: DataTableRow };

export function DataTable({ caption, headers, rows, total }: Props) {
  return (
    <ScrollRegion label={caption}>
      <table className="figures-table w-full border-collapse text-sm">
        <caption className="mb-2 text-start font-semibold text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`p-2 ${i === 0 ? "text-start" : "text-end"}`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => <Row key={row.key} row={row} />)}
          {total && <Row row={total} isTotal />}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Row({ row, isTotal = false }: { row: DataTableRow; isTotal?: boolean }) {
  return (
    <tr className={isTotal ? "border-t-2 border-brand-600 font-bold" : "border-b border-slate-100"}>
      <th scope="row">
        {row.href ? <a href={row.href}>{row.label}</a> : <span className={isTotal ? "font-bold" : undefined}>{row.label}</span>}
      </th>
      {row.values.map((v, i) => (
        <td key={i}>{v}</td>
      ))}
    </tr>
  );
}
