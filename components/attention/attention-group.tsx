import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";

export type AttentionEntry = { key: string | number; href: string; title: string; lines: ReactNode[] };

/**
 * One group of the list: a heading with its count, the items as links (each a block whose text wraps, so a
 * long Arabic title never widens a 390 px screen), and "and N more" when the list was cut.
 */
export function AttentionGroup({ id, title, total, entries, none, more, locale }: {
  id: string; title: string; total: number; entries: AttentionEntry[]; none: string; more: string | null; locale: AppLocale;
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-2" data-testid={id}>
      <h3 id={id} className="flex items-start gap-2 font-bold text-brand-800">
        <span className="min-w-0 break-words">{title}</span>
        <span className={`shrink-0 rounded-full px-2 text-sm ${total > 0 ? "bg-ochre-100 text-slate-900" : "bg-slate-100 text-slate-700"}`} data-testid="count">
          {formatCount(total, locale)}
        </span>
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-700">{none}</p>
      ) : (
        <ul className="space-y-2">
          {entries.map((entry) => (
            <li key={entry.key}>
              <Link href={entry.href} className="block rounded-md border border-slate-200 bg-white p-3 text-start hover:border-brand-600 focus-visible:border-brand-600">
                <span className="block break-words font-semibold text-brand-800 underline">{entry.title}</span>
                {entry.lines.map((line, i) => (
                  <span key={i} className="block break-words text-sm text-slate-700">{line}</span>
                ))}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more && <p className="text-sm text-slate-700">{more}</p>}
    </section>
  );
}
