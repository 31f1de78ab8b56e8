import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

export type ReportColumn = { label: string; numeric?: boolean };
export type ReportRow = { key: string; cells: ReactNode[] };

type Props = {
  caption: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** The totals line: its first cell is the row header ("Total"). */
  total?: ReactNode[];
  testId?: string;
};

/**
 * A table of the report: the first column names the row (row header), amounts and counts align to the end
 * and never wrap, the totals close it under a heavy rule. Compact enough for A4 in portrait.
 */
export function ReportTable({ caption, columns, rows, total, testId }: Props) {
  const align = (c: ReportColumn | undefined) => (c?.numeric ? "text-end whitespace-nowrap tabular-nums" : "text-start");
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-sm print:text-xs" data-testid={testId}>
        <caption className="mb-2 text-start font-semibold text-slate-800">{caption}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50 align-bottom">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`p-2 ${align(c)}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="p-2 text-start font-normal">{cell}</th>
                ) : (
                  <td key={i} className={`p-2 ${align(columns[i])}`}>{cell}</td>
                ),
              )}
            </tr>
          ))}
          {total && (
            <tr className="border-t-2 border-brand-600 align-top font-bold" data-testid={testId ? `${testId}-total` : undefined}>
              {total.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="p-2 text-start">{cell}</th>
                ) : (
                  <td key={i} className={`p-2 ${align(columns[i])}`}>{cell}</td>
                ),
              )}
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "Cooperative" over "project title", the way every table of the report names a funded project. */
export function ProjectName({ cooperative, title, detail }: { cooperative: string; title: string; detail?: string }) {
  return (
    <>
      <span className="block font-semibold">{cooperative}</span>
      <span className="block">{title}</span>
      {detail && <span className="block text-xs text-slate-700">{detail}</span>}
    </>
  );
}
