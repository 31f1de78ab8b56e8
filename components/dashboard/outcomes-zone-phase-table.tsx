import { getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { dashboardHref } from "@/lib/dashboards/filter-url";
import type { OutcomeFigures, Outcomes } from "@/lib/dashboards/outcome-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount } from "@/lib/format/money";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { perJobText } from "@/components/dashboard/outcomes-breakdown-table";

type Props = { outcomes: Outcomes; locale: AppLocale; pathname: string; filters: DashboardFilters; links: boolean };

/** Jobs created with urban/rural rows and phase columns, as the money's zone x phase table; cells drill down. */
export async function OutcomesZonePhaseTable({ outcomes, locale, pathname, filters, links }: Props) {
  const t = await getTranslations("DashboardOutcomes");
  const d = await getTranslations("Dashboard");
  const cell = (f: OutcomeFigures | undefined, href?: string) => {
    const jobs = f?.indicators.jobs;
    const content = (
      <>
        <span className="block font-semibold tabular-nums whitespace-nowrap">{formatCount(jobs?.created ?? 0, locale, { signed: true })}</span>
        <span className="block text-xs text-slate-700">{t("cellDetail", { measured: formatCount(jobs?.measuredGrants ?? 0, locale) })}</span>
        {f && f.indhPerJobCentimes !== null && <span className="block text-xs whitespace-nowrap text-slate-700">{t("cellPerJob", { amount: perJobText(f, locale) })}</span>}
      </>
    );
    return links && href ? <a href={href} className="hover:underline">{content}</a> : content;
  };
  return (
    <ScrollRegion label={t("zonePhaseCaption")}>
      <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid="outcomes-zone-phase">
        <caption className="mb-2 text-start font-semibold text-slate-800">{t("zonePhaseCaption")}</caption>
        <thead>
          <tr className="border-b border-brand-100 bg-brand-50">
            <th scope="col" className="p-2 text-start">{d("dimensions.zone")}</th>
            {outcomes.byPhase.map((phase) => (
              <th key={phase.key} scope="col" className="p-2 text-start">{phase.label}</th>
            ))}
            <th scope="col" className="p-2 text-start">{d("total")}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.byZone.map((zone) => (
            <tr key={zone.key} className="border-b border-slate-100 align-top">
              <th scope="row" className="p-2 text-start">{d(`zone.${zone.zone}`)}</th>
              {outcomes.byPhase.map((phase) => (
                <td key={phase.key} className="p-2">{cell(outcomes.cells[zone.zone]?.[phase.phaseId], dashboardHref(pathname, filters, { zone: zone.zone, phaseId: phase.phaseId }))}</td>
              ))}
              <td className="p-2 font-bold">{cell(zone.figures, dashboardHref(pathname, filters, { zone: zone.zone }))}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-brand-600 align-top font-bold">
            <th scope="row" className="p-2 text-start">{d("total")}</th>
            {outcomes.byPhase.map((phase) => (
              <td key={phase.key} className="p-2">{cell(phase.figures, dashboardHref(pathname, filters, { phaseId: phase.phaseId }))}</td>
            ))}
            <td className="p-2" data-testid="outcomes-grand-total">{cell(outcomes.total)}</td>
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}
