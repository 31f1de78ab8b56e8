import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";
import { columnsOf, headerOf, partnerColumns, type ImportKind } from "@/lib/imports/columns";
import type { RowOutcome } from "@/lib/imports/outcome";
import { ScrollRegion } from "@/components/ui/scroll-region";

const OUTCOME_STYLE: Record<RowOutcome["outcome"], string> = {
  error: "bg-red-50 text-red-900",
  update: "bg-ochre-100 text-slate-900",
  new: "bg-brand-50 text-brand-800",
  unchanged: "text-slate-700",
};

/** Each row of the file: its line, the record it is about, what confirming would do, and why not. */
export async function OutcomeTable({ kind, rows, locale }: { kind: ImportKind; rows: RowOutcome[]; locale: AppLocale }) {
  const t = await getTranslations("Imports.preview");
  const v = await getTranslations("Validation");
  const warn = await getTranslations("Grants.warningCodes");
  const columns = new Map(columnsOf(kind, 20).concat(partnerColumns(21)).map((c) => [c.key, headerOf(c, locale)]));
  const message = (code: string, value?: string) =>
    v.has(code as "invalid") ? v(code as "invalid", { line: value ?? "" }) : v("invalid");
  return (
    <ScrollRegion label={t("details")}>
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            {(["line", "record", "outcome", "details"] as const).map((c) => <th key={c} scope="col" className="p-2 text-start">{t(c)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line} className="border-b border-slate-200 align-top">
              <td className="p-2">{formatCount(r.line, locale)}</td>
              <td className="p-2"><bdi>{r.label}</bdi></td>
              <td className={`p-2 font-semibold ${OUTCOME_STYLE[r.outcome]}`}>{t(`outcomes.${r.outcome}`)}</td>
              <td className="p-2">
                <ul className="space-y-1">
                  {r.issues.map((i) => (
                    <li key={i.column}>
                      {t(i.value && i.code !== "duplicateInFile" ? "issueValue" : "issue", {
                        column: columns.get(i.column) ?? i.column, message: message(i.code, i.value), value: i.value ?? "",
                      })}
                    </li>
                  ))}
                  {r.warnings.map((w) => <li key={w}>{t("warning", { message: warn.has(w as "indhShareAboveMax") ? warn(w as "indhShareAboveMax") : w })}</li>)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
