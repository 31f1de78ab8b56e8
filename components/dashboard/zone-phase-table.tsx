import { getTranslations } from "next-intl/server";
import type { DashboardFilters, DashboardTotals, ZonePhaseTable } from "@/lib/dashboards/dashboard-types";
import { dashboardHref } from "@/lib/dashboards/filter-url";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { table: ZonePhaseTable; locale: AppLocale; pathname: string; filters: DashboardFilters; links?: boolean };

/** The first view managers ask for: urban/rural rows, phase columns, totals both ways; cells drill down. */
export async function ZonePhaseTableView({ table, locale, pathname, filters, links = true }: Props) {
  const t = await getTranslations("Dashboard");
  const p = await getTranslations("DashboardPage");
  const cell = (totals: DashboardTotals | undefined, href?: string) => {
    const content = (
      <>
        <span className="block font-semibold tabular-nums whitespace-nowrap">{formatMoney(totals?.totalCostCentimes ?? 0n, locale)}</span>
        <span className="block text-xs text-slate-700">
          {p("grantsCount", { count: totals?.grants ?? 0 })} · {t("measures.indhContribution")}: {formatMoney(totals?.indhContributionCentimes ?? 0n, locale)}
        </span>
      </>
    );
    return links && href ? <a href={href} className="hover:underline">{content}</a> : content;
  };
  return (
    <ScrollRegion label={p("zonePhaseCaption")}>
      <table className="w-full border-collapse text-sm" data-testid="zone-phase-table">
        <caption className="mb-2 text-start font-semibold">{p("zonePhaseCaption")}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50">
            <th scope="col" className="p-2 text-start">{t("dimensions.zone")}</th>
            {table.phases.map((phase) => (
              <th key={phase.id} scope="col" className="p-2 text-start">{phase.label}</th>
            ))}
            <th scope="col" className="p-2 text-start">{t("total")}</th>
          </tr>
        </thead>
        <tbody>
          {table.zones.map((zone) => (
            <tr key={zone} className="border-b border-slate-100 align-top">
              <th scope="row" className="p-2 text-start">{t(`zone.${zone}`)}</th>
              {table.phases.map((phase) => (
                <td key={phase.id} className="p-2">{cell(table.cells[zone][phase.id], dashboardHref(pathname, filters, { zone, phaseId: phase.id }))}</td>
              ))}
              <td className="p-2 font-bold">{cell(table.zoneTotals[zone], dashboardHref(pathname, filters, { zone }))}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-brand-600 align-top font-bold">
            <th scope="row" className="p-2 text-start">{t("total")}</th>
            {table.phases.map((phase) => (
              <td key={phase.id} className="p-2">{cell(table.phaseTotals[phase.id], dashboardHref(pathname, filters, { phaseId: phase.id }))}</td>
            ))}
            <td className="p-2" data-testid="grand-total">{cell(table.grandTotal)}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
