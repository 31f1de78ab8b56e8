import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatMoney, formatCount } from "@/lib/format/money";
import { findReportedInconsistencies, type ReportedFigures } from "@/lib/reconciliation/compare";
import type { Reconciliation } from "@/lib/reconciliation/queries";
import { ComparisonWithRecords } from "@/components/events/comparison-with-records";
import { ReportedFiguresOnly } from "@/components/events/reported-figures-only";

type Props = { position: number; reported: ReportedFigures; reconciliation: Reconciliation; locale: AppLocale };

/**
 * The figures a presenter stated, next to the same figures computed from the records of the event's own
 * prefecture for the stated period, contradictions named. With no period or no records there, it says so.
 */
export async function ReconciliationPanel({ position, reported, reconciliation, locale }: Props) {
  const t = await getTranslations("Reconciliation");
  const inconsistencies = findReportedInconsistencies(reported);
  return (
    <section aria-labelledby={`reconciliation-${position}`} className="space-y-4 rounded-lg border-2 border-ochre-700/30 bg-white p-5">
      <h2 id={`reconciliation-${position}`} className="text-2xl font-bold text-brand-800">{t("title")}</h2>
      {reconciliation.kind === "compared" && (
        <p className="text-slate-800">{t("intro", { position, from: String(reconciliation.period.fromYear), to: String(reconciliation.period.toYear) })}</p>
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
      {reconciliation.kind === "compared" && <ComparisonWithRecords position={position} reported={reported} computed={reconciliation.computed} locale={locale} />}
      {reconciliation.kind === "noRecords" && (
        <>
          <p data-testid="no-records" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-900">
            {t("noRecords", {
              prefecture: localized(locale, reconciliation.prefecture.nameAr, reconciliation.prefecture.nameFr),
              // Strings: a year is a label, never grouped like an amount ("2 019").
              from: String(reconciliation.period.fromYear),
              to: String(reconciliation.period.toYear),
            })}
          </p>
          <ReportedFiguresOnly reported={reported} locale={locale} />
        </>
      )}
      {reconciliation.kind === "noPeriod" && (
        <>
          <p data-testid="no-period" className="text-slate-800">{t("noPeriod")}</p>
          <ReportedFiguresOnly reported={reported} locale={locale} />
        </>
      )}
    </section>
  );
}
