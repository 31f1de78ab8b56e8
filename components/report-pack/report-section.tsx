import type { ReactNode } from "react";

type Props = { id: string; title: string; lead?: string; testId: string; children: ReactNode };

/** One section of the report, from a new sheet on paper, under its heading (the contents link to `id`). */
export function ReportSection({ id, title, lead, testId, children }: Props) {
  return (
    <section aria-labelledby={id} className="report-page space-y-4 pt-10 print:pt-0" data-testid={testId}>
      <h2 id={id} className="text-2xl font-bold text-brand-800">{title}</h2>
      {lead && <p className="text-slate-800">{lead}</p>}
      {children}
    </section>
  );
}
