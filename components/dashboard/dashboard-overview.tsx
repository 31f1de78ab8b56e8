import { getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import { BreakdownBarChart } from "@/components/charts/breakdown-bar-chart";
import { ShareBar, COST_PARTS } from "@/components/charts/share-bar";
import { ZonePhaseChart } from "@/components/charts/zone-phase-chart";
import { zoneBreakdown, phaseBreakdown } from "@/components/charts/zone-phase-breakdowns";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { ZonePhaseTableView } from "@/components/dashboard/zone-phase-table";

type Props = {
  dashboard: Dashboard;
  locale: AppLocale;
  /** The page's localized path; bars, rows and cells link back to it with narrower filters. */
  pathname: string;
  /** Print view: no links, every data table open. */
  print?: boolean;
};

/** The dashboard's first page, what managers read first: headline, zone × phase, who paid, cancelled grants. */
export async function DashboardOverview({ dashboard, locale, pathname, print = false }: Props) {
  const t = await getTranslations("Dashboard");
  const p = await getTranslations("DashboardPage");
  const tr = (key: string, values?: Record<string, string | number>) => t(key as "total", values);
  const common = { locale, t: tr, link: print ? undefined : { pathname, filters: dashboard.filters }, tableOpen: print };
  const title = (measure: string, dimension: string) => t("tables.breakdown", { measure: t(`measures.${measure}` as "total"), dimension: t(`dimensions.${dimension}` as "total") });
  return (
    <div className="space-y-10">
      <section aria-labelledby="headline" className="space-y-3">
        <h2 id="headline" className="text-2xl font-bold text-brand-800">{t("tables.headline")}</h2>
        <HeadlineCards dashboard={dashboard} locale={locale} />
      </section>
      <section aria-labelledby="zone-phase" className="space-y-4">
        <h2 id="zone-phase" className="text-2xl font-bold text-brand-800">{p("zonePhaseTitle")}</h2>
        <ZonePhaseTableView table={dashboard.zoneByPhase} locale={locale} pathname={pathname} filters={dashboard.filters} links={!print} />
        <div className="grid gap-4 lg:grid-cols-2">
          <BreakdownBarChart breakdown={zoneBreakdown(dashboard.zoneByPhase, tr)} measure="totalCostCentimes" dimensionLabel={t("dimensions.zone")} title={title("totalCost", "zone")} {...common} />
          <BreakdownBarChart breakdown={phaseBreakdown(dashboard.zoneByPhase)} measure="totalCostCentimes" dimensionLabel={t("dimensions.phase")} title={title("totalCost", "phase")} {...common} />
        </div>
        <ZonePhaseChart table={dashboard.zoneByPhase} measure="indhContributionCentimes" title={t("tables.zoneByPhase", { measure: t("measures.indhContribution") })} {...common} />
      </section>
      <section aria-labelledby="shares" className="grid gap-4 lg:grid-cols-2">
        <h2 id="shares" className="sr-only">{p("sharesTitle")}</h2>
        <ShareBar totals={dashboard.headline} parts={COST_PARTS} whole="totalCostCentimes" title={t("tables.costShare")} locale={locale} t={tr} tableOpen={print} />
        <ShareBar totals={dashboard.headline} parts={["tranchesPaidCentimes"]} whole="tranchesPlannedCentimes" title={t("tables.tranches")} locale={locale} t={tr} tableOpen={print} />
      </section>
      <section aria-labelledby="cancelled" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="cancelled" className="text-xl font-bold text-brand-800">{t("tables.cancelled")}</h2>
        <p data-testid="cancelled">
          {p("grantsCount", { count: dashboard.cancelled.grants })} · {t("measures.totalCost")}: {formatMoney(dashboard.cancelled.totalCostCentimes, locale)} ·{" "}
          {t("measures.indhContribution")}: {formatMoney(dashboard.cancelled.indhContributionCentimes, locale)}
        </p>
        <p className="text-sm text-slate-700">{p("cancelledNote", { count: formatCount(dashboard.cancelled.grants, locale) })}</p>
      </section>
    </div>
  );
}
