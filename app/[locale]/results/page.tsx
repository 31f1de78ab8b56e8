import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/format/dates";
import { parseDashboardFilters } from "@/lib/dashboards/filter-url";
import { getPublicResults } from "@/lib/dashboards/public-results";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { ZonePhaseTableView } from "@/components/dashboard/zone-phase-table";
import { BreakdownBarChart } from "@/components/charts/breakdown-bar-chart";
import { YearChart } from "@/components/charts/year-chart";
import { DemoNotice } from "@/components/layout/demo-notice";
import { OpenDataDownloads } from "@/components/open-data/open-data-downloads";
import { countPublishedGrants } from "@/lib/open-data/queries";
import { listPublicCooperatives } from "@/lib/cooperatives/public-queries";
import { PublicCooperativeList } from "@/components/cooperatives-public/public-cooperative-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "DashboardPage" });
  return { title: t("resultsTitle"), description: t("resultsLead") };
}

/**
 * The public results: aggregate totals only, no personal data, no per-cooperative amount (those are on the
 * pages of the cooperatives that chose to have one, linked from here).
 */
export default async function ResultsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const [results, publishedGrants, publicCooperatives] = await Promise.all([
    getPublicResults(locale, parseDashboardFilters(await searchParams)), countPublishedGrants(), listPublicCooperatives(locale),
  ]);
  const t = await getTranslations("DashboardPage");
  const d = await getTranslations("Dashboard");
  const tr = (key: string, values?: Record<string, string | number>) => d(key as "total", values);
  const title = (measure: string, dimension: string) => d("tables.breakdown", { measure: d(`measures.${measure}` as "total"), dimension: d(`dimensions.${dimension}` as "total") });
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("resultsTitle")}</h1>
        <p className="text-lg text-slate-800">{t("resultsLead")}</p>
        <p className="text-sm text-slate-700">{d("asOf", { time: formatDateTime(results.computedAt, locale) })}</p>
      </header>
      {results.includesDemoData && <DemoNotice />}
      <HeadlineCards dashboard={results} locale={locale} />
      <section aria-labelledby="zone-phase" className="space-y-3">
        <h2 id="zone-phase" className="text-2xl font-bold text-brand-800">{t("zonePhaseTitle")}</h2>
        <ZonePhaseTableView table={results.zoneByPhase} locale={locale} pathname="" filters={results.filters} links={false} />
      </section>
      <YearChart breakdown={results.byYear} measure="totalCostCentimes" title={title("totalCost", "year")} locale={locale} t={tr} />
      <BreakdownBarChart breakdown={results.byProgramme} measure="totalCostCentimes" dimensionLabel={d("dimensions.programme")} title={title("totalCost", "programme")} locale={locale} t={tr} />
      <PublicCooperativeList cooperatives={publicCooperatives} />
      <OpenDataDownloads publishedGrants={publishedGrants} />
    </div>
  );
}
