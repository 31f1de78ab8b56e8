import { getTranslations } from "next-intl/server";
import type { HeadlineFigures as Figures, ZoneTotals } from "@/lib/dashboards/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney, formatShare } from "@/lib/format/money";
import { formatDateTime } from "@/lib/format/dates";
import { FigureCard } from "@/components/figures/figure-card";
import { DemoNotice } from "@/components/layout/demo-notice";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function HeadlineFigures({ figures, locale }: { figures: Figures; locale: AppLocale }) {
  const t = await getTranslations("Figures");
  const common = await getTranslations("Common");
  const rows: { label: string; totals: ZoneTotals; isTotal?: boolean }[] = [
    { label: t("urban"), totals: figures.byZone.URBAN },
    { label: t("rural"), totals: figures.byZone.RURAL },
    { label: t("total"), totals: figures, isTotal: true },
  ];
  return (
    <div className="space-y-4">
      {figures.includesDemoData && <DemoNotice />}
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-3">
        <FigureCard label={t("cooperativesFunded")} value={formatCount(figures.cooperativesFunded, locale)} />
        <FigureCard label={t("grants")} value={formatCount(figures.grants, locale)} />
        <FigureCard label={t("totalCost")} value={formatMoney(figures.totalCostCentimes, locale)} />
        <FigureCard
          label={t("indhContribution")}
          value={formatMoney(figures.indhContributionCentimes, locale)}
          detail={t("indhShare", { share: formatShare(figures.indhContributionCentimes, figures.totalCostCentimes, locale) })}
        />
      </dl>
      <ScrollRegion label={t("tableCaption")}>
        <table className="w-full border-collapse text-start text-sm">
          <caption className="mb-2 text-start font-semibold text-slate-800">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-brand-100 bg-brand-50">
              <th scope="col" className="p-2 text-start">{t("zone")}</th>
              <th scope="col" className="p-2 text-end">{t("cooperativesFunded")}</th>
              <th scope="col" className="p-2 text-end">{t("grants")}</th>
              <th scope="col" className="p-2 text-end">{t("totalCost")}</th>
              <th scope="col" className="p-2 text-end">{t("indhContribution")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, totals, isTotal }) => (
              <tr key={label} className={isTotal ? "border-t-2 border-brand-600 font-bold" : "border-b border-slate-100"}>
                <th scope="row" className="p-2 text-start">{label}</th>
                <td className="p-2 text-end tabular-nums">{formatCount(totals.cooperativesFunded, locale)}</td>
                <td className="p-2 text-end tabular-nums">{formatCount(totals.grants, locale)}</td>
                <td className="p-2 text-end tabular-nums whitespace-nowrap">{formatMoney(totals.totalCostCentimes, locale)}</td>
                <td className="p-2 text-end tabular-nums whitespace-nowrap">{formatMoney(totals.indhContributionCentimes, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="text-sm text-slate-700">
        {common("asOf", { time: formatDateTime(figures.computedAt, locale) })}
      </p>
    </div>
  );
}
