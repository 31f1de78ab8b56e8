import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { BreakdownBarChart } from "@/components/charts/breakdown-bar-chart";
import { ZonePhaseChart } from "@/components/charts/zone-phase-chart";
import { zoneBreakdown, phaseBreakdown } from "@/components/charts/zone-phase-breakdowns";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { ZonePhaseTableView } from "@/components/dashboard/zone-phase-table";
import { seriesColor } from "@/components/charts/palette";
import { ReportSection } from "@/components/report-pack/report-section";

type Props = { dashboard: Dashboard; locale: AppLocale; pathname: string };

/** The dashboard's headline and zone x phase figures, as the dashboard shows them (same queries, no links). */
export async function FiguresSection({ dashboard, locale, pathname }: Props) {
  const t = await getTranslations("ReportPack.figures");
  const d = await getTranslations("Dashboard");
  const dt = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const common = { locale, t: dt, tableOpen: false };
  return (
    <ReportSection id="report-figures" title={t("title")} lead={t("lead")} testId="report-figures">
      <HeadlineCards dashboard={dashboard} locale={locale} />
      <ZonePhaseTableView table={dashboard.zoneByPhase} locale={locale} pathname={pathname} filters={dashboard.filters} links={false} />
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <BreakdownBarChart breakdown={zoneBreakdown(dashboard.zoneByPhase, dt)} measure="indhContributionCentimes" dimensionLabel={d("dimensions.zone")} title={t("zoneChart")} {...common} />
        <BreakdownBarChart breakdown={phaseBreakdown(dashboard.zoneByPhase)} measure="indhContributionCentimes" dimensionLabel={d("dimensions.phase")} title={t("phaseChart")} color={seriesColor(1)} {...common} />
      </div>
      <ZonePhaseChart table={dashboard.zoneByPhase} measure="indhContributionCentimes" title={d("tables.zoneByPhase", { measure: d("measures.indhContribution") })} {...common} />
    </ReportSection>
  );
}
