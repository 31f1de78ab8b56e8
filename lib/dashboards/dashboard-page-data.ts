import "server-only";
/**
 * What each page of the managers' dashboard shows, computed once per view and kept until the records change
 * (lib/data-changes/figures-memo.ts): the national view reads a million grants' summaries, visits and
 * applications, seconds of database time, and managers reopen the same views between two edits.
 * A view is the page, the user's scope (national or one prefecture; every read below depends on the user
 * through it alone), the filters, the language and Morocco's date (the outcomes count visits overdue since
 * six months before today). FIGURES_CACHE_SECONDS caps how long a view is kept (600 by default; 0 turns
 * keeping off). A national manager's view of the whole country, which every write in every prefecture makes
 * stale, is shown for up to FIGURES_STALE_SECONDS (60) after a write while it is recomputed, and says so.
 * Each page computes only its own figures: the overview never waits for the outcomes.
 */
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { dashboardIncludesDemo, getDashboard } from "@/lib/dashboards/dashboard-queries";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import { getDashboardFilterOptions, type DashboardFilterOptions } from "@/lib/dashboards/filter-options";
import { listReportedPresentations } from "@/lib/dashboards/reported-presentations";
import { reconcileWithRecords } from "@/lib/reconciliation/queries";
import { getPipeline } from "@/lib/dashboards/pipeline-queries";
import { getOutcomes } from "@/lib/dashboards/outcome-queries";
import { filtersFor } from "@/lib/dashboards/load-dashboard";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { DashboardSection } from "@/lib/dashboards/dashboard-sections";
import { moroccoToday } from "@/lib/conventions/rules";
import { createFiguresMemo, type FiguresMemo } from "@/lib/data-changes/figures-memo";
import { noticeOtherWriters } from "@/lib/data-changes/other-writers";
import { FIGURES_MAX_AGE_MS as maxAgeMs, keepView } from "@/lib/data-changes/keep-settings";

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** What every page of the dashboard shows around its own figures: the filters form and the "as of" line. */
export type DashboardFrameData = {
  filters: DashboardFilters;
  options: DashboardFilterOptions;
  computedAt: Date;
  includesDemoData: boolean;
  /** Records changed since computedAt and the figures are being recomputed (a country-wide view only). */
  beingUpdated: boolean;
};

async function reportedPresentationsReconciled(user: SessionUser, filters: DashboardFilters, locale: AppLocale) {
  const presentations = await listReportedPresentations(user, locale, filters.prefectureId);
  // Each presentation is reconciled with its own event's prefecture and period, not the dashboard's filter.
  return Promise.all(presentations.map(async (presentation) => ({ presentation, reconciliation: await reconcileWithRecords(presentation.prefectureId, presentation.reported) })));
}

/**
 * The money figures, which the overview and the breakdowns both show, and the outcomes and applications: each
 * computed once for the page that shows it, the print view and the downloads.
 */
const moneyFigures = (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => kept("money", user, filters, locale, () => getDashboard(user, filters, locale));
const outcomeFigures = (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => kept("outcomeFigures", user, filters, locale, () => getOutcomes(user, filters, locale));
const pipelineFigures = (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => kept("pipelineFigures", user, filters, locale, () => getPipeline(user, filters, locale));

/** Each page's own figures. The pages with money figures know from them whether demo grants are counted. */
const COMPUTE = {
  overview: async (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => {
    const [dashboard, reconciliation] = await Promise.all([moneyFigures(user, filters, locale), reportedPresentationsReconciled(user, filters, locale)]);
    return { dashboard, reconciliation, includesDemoData: dashboard.includesDemoData };
  },
  breakdowns: async (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => {
    const dashboard = await moneyFigures(user, filters, locale);
    return { dashboard, includesDemoData: dashboard.includesDemoData };
  },
  outcomes: async (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => {
    const [outcomes, includesDemoData] = await Promise.all([outcomeFigures(user, filters, locale), dashboardIncludesDemo(user, filters)]);
    return { outcomes, includesDemoData };
  },
  applications: async (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => {
    const [pipeline, includesDemoData] = await Promise.all([pipelineFigures(user, filters, locale), dashboardIncludesDemo(user, filters)]);
    return { pipeline, includesDemoData };
  },
} satisfies Record<DashboardSection, (user: SessionUser, filters: DashboardFilters, locale: AppLocale) => Promise<{ includesDemoData: boolean }>>;

type SectionFigures<S extends DashboardSection> = Awaited<ReturnType<(typeof COMPUTE)[S]>>;
export type DashboardSectionData<S extends DashboardSection> = SectionFigures<S> & DashboardFrameData;

async function compute<S extends DashboardSection>(section: S, user: SessionUser, filters: DashboardFilters, locale: AppLocale): Promise<DashboardSectionData<S>> {
  const computedAt = new Date();
  const [own, options] = await Promise.all([
    COMPUTE[section](user, filters, locale) as Promise<SectionFigures<S>>,
    getDashboardFilterOptions(user, locale, filters.prefectureId, filters.communeId),
  ]);
  const frame: DashboardFrameData = { filters, options, computedAt, includesDemoData: own.includesDemoData, beingUpdated: false };
  return { ...own, ...frame };
}

// One memory for the four pages and the money figures they share: a view's key names its part.
const memo: FiguresMemo<unknown> = createFiguresMemo<unknown>({ maxEntries: 500, maxAgeMs });

/**
 * `computeIt`'s result for this part of this view, kept until the records it shows change. With
 * `onCountryStale`, a view of the whole country may be served for a while after a write, during its
 * recomputation: only for the pages themselves, never for a part they are computed from (a page recomputed for
 * the current records must not be built from stale money figures).
 */
function kept<T>(part: string, user: SessionUser, filters: DashboardFilters, locale: AppLocale, computeIt: () => Promise<T>, onCountryStale?: () => void): Promise<T> {
  const scope = user.isNational ? "national" : `prefecture:${user.prefectureId}`;
  const key = JSON.stringify([part, scope, locale, moroccoToday().toISOString(), dashboardFiltersToQuery(filters)]);
  // A prefecture's view goes stale with its own prefecture's writes and the shared ones only. So does a national
  // user's view of one prefecture (every read under the filters is scoped to it, the prefectures' list is
  // shared reference data): a national manager drilling into Tanger-Assilah keeps it through Oujda's edits.
  const viewPrefectureId = user.isNational ? (filters.prefectureId ?? null) : user.prefectureId;
  return keepView(memo, key, viewPrefectureId, computeIt, onCountryStale) as Promise<T>;
}

export async function loadDashboardSection<S extends DashboardSection>(section: S, user: SessionUser, params: RawParams, locale: AppLocale): Promise<DashboardSectionData<S>> {
  const filters = filtersFor(user, params);
  if (maxAgeMs > 0) await noticeOtherWriters();
  let stale = false;
  const data = await kept(section, user, filters, locale, () => compute(section, user, filters, locale), () => (stale = true));
  // A copy: the kept object is every caller's.
  return stale ? { ...data, beingUpdated: true } : data;
}

/**
 * Every figure of a view as the records are now, for the print view and the downloads (CSV, XLSX): the same
 * kept figures as the dashboard's pages, so a file's totals equal the screen's and printing after reading
 * costs nothing more (3 s for the country at 1,000,000 grants when each computed its own). Never a stale
 * view: what is printed or downloaded is current.
 */
export async function loadCurrentFigures(user: SessionUser, params: RawParams, locale: AppLocale) {
  const filters = filtersFor(user, params);
  if (maxAgeMs > 0) await noticeOtherWriters();
  const [dashboard, outcomes, pipeline] = await Promise.all([moneyFigures(user, filters, locale), outcomeFigures(user, filters, locale), pipelineFigures(user, filters, locale)]);
  return { dashboard, outcomes, pipeline };
}
