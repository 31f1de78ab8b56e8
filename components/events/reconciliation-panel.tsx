import { getTranslations } from "next-intl/server";
import type { HeadlineFigures } from "@/lib/dashboards/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import {
  compareWithRecords,
  findReportedInconsistencies,
  type FigureComparison,
  type ReportedFigures,
} from "@/lib/reconciliation/compare";
import { DemoNotice } from "@/components/layout/demo-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { position: number; reported: ReportedFigures; computed: HeadlineFigures | null; locale: AppLocale };

/** The figures a presenter stated, next to the same figures computed from the records, contradictions named. */
export async function ReconciliationPanel({ position, reported, computed, locale }: Props) {
  const t = await getTranslations("Reconciliation");
  const show = (unit: FigureComparison["unit"], value: bigint, signed = false) =>
    unit === "centimes" ? formatMoney(value, locale, { signed }) : formatCount(Number(value), locale, { signed });
  const signed = (unit: FigureComparison["unit"], value: bigint) => show(unit, value, true);
  const inconsistencies = findReportedInconsistencies(reported);
  const rows = computed ? compareWithRecords(reported, computed) : [];
  const differing = rows.filter((r) => r.difference !== null && r.difference !== 0n);

  return (
    <section aria-labelledby={`reconciliation-${position}`} className="space-y-4 rounded-lg border-2 border-ochre-700/30 bg-white p-5">
      <h2 id={`reconciliation-${position}`} className="text-2xl font-bold text-brand-800">{t("title")}</h2>
      {reported.periodStartYear !== null && reported.periodEndYear !== null && (
        <p className="text-slate-800">{t("intro", { position, from: reported.periodStartYear, to: reported.periodEndYear })}</p>
      )}
      {inconsistencies.length > 0 && (
        <section aria-labelledby={`inconsistencies-${position}`} className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <h3 id={`inconsistencies-${position}`} className="font-bold">{t("inconsistenciesTitle")}</h3>
          <ul className="mt-2 list-disc space-y-1 ps-5">
            {inconsistencies.map((found) => (
              <li key={found.code}>
                {found.code === "indhExceedsEnvelope"
                  ? t("indhExceedsEnvelope", { indh: formatMoney(found.indhContributionCentimes, locale), total: formatMoney(found.totalEnvelopeCentimes, locale) })
                  : t("zonesDoNotAddUp", { urban: formatCount(found.urban, locale), rural: formatCount(found.rural, locale), total: formatCount(found.total, locale) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {computed && (
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
      )}
    </section>
  );
}
