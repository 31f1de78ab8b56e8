import { getTranslations } from "next-intl/server";
import type { HeadlineFigures } from "@/lib/dashboards/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { compareWithRecords, type FigureComparison, type ReportedFigures } from "@/lib/reconciliation/compare";
import { DemoNotice } from "@/components/layout/demo-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { position: number; reported: ReportedFigures; computed: HeadlineFigures; locale: AppLocale };

/** Reported beside computed, figure by figure, then every difference in words. */
export async function ComparisonWithRecords({ position, reported, computed, locale }: Props) {
  const t = await getTranslations("Reconciliation");
  const show = (unit: FigureComparison["unit"], value: bigint, signed = false) =>
    unit === "centimes" ? formatMoney(value, locale, { signed }) : formatCount(Number(value), locale, { signed });
  const signed = (unit: FigureComparison["unit"], value: bigint) => show(unit, value, true);
  const rows = compareWithRecords(reported, computed);
  const differing = rows.filter((r) => r.difference !== null && r.difference !== 0n);
  return (
    <>
      {computed.includesDemoData && <DemoNotice />}
      <ScrollRegion label={t("caption", { position })}>
        <table className="w-full border-collapse text-sm">
          <caption className="mb-2 text-start font-semibold">{t("caption", { position })}</caption>
          <thead>
            <tr className="border-b border-brand-100 bg-brand-50">
              <th scope="col" className="p-2 text-start">{t("figure")}</th>
              <th scope="col" className="p-2 text-end">{t("reported")}</th>
              <th scope="col" className="p-2 text-end">{t("computed")}</th>
              <th scope="col" className="p-2 text-end">{t("difference")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100">
                <th scope="row" className="p-2 text-start font-normal">{t(row.key)}</th>
                <td className="p-2 text-end tabular-nums whitespace-nowrap">{row.reported === null ? t("notReported") : show(row.unit, row.reported)}</td>
                <td className="p-2 text-end tabular-nums whitespace-nowrap">{show(row.unit, row.computed)}</td>
                <td className={`p-2 text-end tabular-nums whitespace-nowrap ${row.difference ? "font-semibold text-red-800" : ""}`}>
                  {row.difference === null ? "—" : row.difference === 0n ? t("matches") : signed(row.unit, row.difference)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div>
        <h3 className="font-bold text-slate-900">{t("differencesTitle")}</h3>
        {differing.length === 0 ? (
          <p>{t("allMatch")}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 ps-5">
            {differing.map((row) => (
              <li key={row.key}>
                {t("differs", {
                  figure: t(row.key),
                  reported: show(row.unit, row.reported!),
                  computed: show(row.unit, row.computed),
                  difference: signed(row.unit, row.difference!),
                })}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-slate-700">{t("cancelledExcluded")}</p>
      </div>
    </>
  );
}
