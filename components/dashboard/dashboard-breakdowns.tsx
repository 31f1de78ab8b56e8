import { getTranslations } from "next-intl/server";
import type { Breakdown, Dashboard } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { BreakdownBarChart } from "@/components/charts/breakdown-bar-chart";
import { YearChart } from "@/components/charts/year-chart";

type Props = {
  dashboard: Dashboard;
  locale: AppLocale;
  /** The page's localized path; bars and rows link back to it with narrower filters. */
  pathname: string;
  /** Print view: no links, every data table open. */
  print?: boolean;
};

/** The money by year, programme, axis, commune (or prefecture, nationally), sector and status. */
export async function DashboardBreakdowns({ dashboard, locale, pathname, print = false }: Props) {
  const t = await getTranslations("Dashboard");
  const p = await getTranslations("DashboardPage");
  const tr = (key: string, values?: Record<string, string | number>) => t(key as "total", values);
  const common = { locale, t: tr, link: print ? undefined : { pathname, filters: dashboard.filters }, tableOpen: print };
  const statusLabelled: Breakdown = {
    ...dashboard.byStatus,
    rows: dashboard.byStatus.rows.map((row) => ({ ...row, label: t(`status.${row.key}` as "total") })),
  };
  const title = (measure: string, dimension: string) => t("tables.breakdown", { measure: t(`measures.${measure}` as "total"), dimension: t(`dimensions.${dimension}` as "total") });
  return (
    <section aria-labelledby="breakdowns" className="space-y-4">
      <h2 id="breakdowns" className="text-2xl font-bold text-brand-800">{p("breakdownsTitle")}</h2>
      <YearChart breakdown={dashboard.byYear} measure="totalCostCentimes" title={title("totalCost", "year")} {...common} />
      <div className="grid gap-4 lg:grid-cols-2">
        <BreakdownBarChart breakdown={dashboard.byProgramme} measure="totalCostCentimes" dimensionLabel={t("dimensions.programme")} title={title("totalCost", "programme")} {...common} />
        <BreakdownBarChart breakdown={dashboard.byAxis} measure="indhContributionCentimes" dimensionLabel={t("dimensions.axis")} title={title("indhContribution", "axis")} {...common} />
        {dashboard.byPrefecture ? (
          <BreakdownBarChart breakdown={dashboard.byPrefecture} measure="totalCostCentimes" dimensionLabel={t("dimensions.prefecture")} title={title("totalCost", "prefecture")} {...common} />
        ) : (
          <BreakdownBarChart breakdown={dashboard.byCommune} measure="totalCostCentimes" dimensionLabel={t("dimensions.commune")} title={title("totalCost", "commune")} {...common} />
        )}
        <BreakdownBarChart breakdown={dashboard.bySector} measure="grants" dimensionLabel={t("dimensions.sector")} title={t("tables.breakdownAll", { dimension: t("dimensions.sector") })} {...common} />
        <BreakdownBarChart breakdown={statusLabelled} measure="grants" dimensionLabel={t("dimensions.status")} title={t("tables.breakdownAll", { dimension: t("dimensions.status") })} {...common} />
      </div>
    </section>
  );
}
