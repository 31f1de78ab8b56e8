import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";

/** The scoring grid: one row per criterion with its weight, and the total (100). */
export async function ScoringGridTable({ criteria, locale }: { criteria: { label: string; weight: number }[]; locale: AppLocale }) {
  const t = await getTranslations("Calls.page");
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <div className="space-y-2">
      <p className="text-slate-700">{t("gridLead")}</p>
      <table className="w-full max-w-2xl border-collapse bg-white" data-testid="scoring-grid">
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-2 text-start">{t("criterion")}</th>
            <th scope="col" className="w-28 p-2 text-end">{t("weight")}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={i} className="border-t border-slate-200">
              <td className="p-2">{c.label}</td>
              <td className="p-2 text-end tabular-nums">{formatCount(c.weight, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-400 font-bold">
            <th scope="row" className="p-2 text-start">{t("weightTotal")}</th>
            <td className="p-2 text-end tabular-nums">{formatCount(total, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
