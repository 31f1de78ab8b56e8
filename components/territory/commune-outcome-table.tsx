"use client";

import { useLocale, useTranslations } from "next-intl";
import { headerOf } from "@/lib/imports/columns";
import type { RowOutcome } from "@/lib/imports/outcome";
import { COMMUNE_COLUMNS } from "@/lib/territory/import-columns";
import { ScrollRegion } from "@/components/ui/scroll-region";

const STYLE: Record<RowOutcome["outcome"], string> = {
  error: "bg-red-50 text-red-900",
  update: "bg-ochre-100 text-slate-900",
  new: "bg-brand-50 text-brand-800",
  unchanged: "text-slate-700",
};

/** Each row of the file, errors first: its line, the commune, what confirming would do, and why not (column by column). */
export function CommuneOutcomeTable({ rows }: { rows: RowOutcome[] }) {
  const t = useTranslations("Imports.preview");
  const v = useTranslations("Validation");
  const locale = useLocale() === "fr" ? "fr" : "ar";
  const columns = new Map(COMMUNE_COLUMNS.map((c) => [c.key, headerOf(c, locale)]));
  const message = (code: string, value?: string) => (v.has(code as "invalid") ? v(code as "invalid", { line: value ?? "" }) : v("invalid"));
  const sorted = [...rows].sort((a, b) => Number(b.outcome === "error") - Number(a.outcome === "error") || a.line - b.line);
  return (
    <ScrollRegion label={t("details")}>
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            {(["line", "record", "outcome", "details"] as const).map((c) => <th key={c} scope="col" className="p-2 text-start">{t(c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.line} className="border-b border-slate-200 align-top">
              <td className="p-2">{r.line}</td>
              <td className="p-2" dir="ltr"><bdi>{r.label}</bdi></td>
              <td className={`p-2 font-semibold ${STYLE[r.outcome]}`}>{t(`outcomes.${r.outcome}`)}</td>
              <td className="p-2">
                <ul className="space-y-1">
                  {r.issues.map((i) => (
                    <li key={i.column}>
                      {t(i.value && i.code !== "duplicateInFile" ? "issueValue" : "issue", { column: columns.get(i.column) ?? i.column, message: message(i.code, i.value), value: i.value ?? "" })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
