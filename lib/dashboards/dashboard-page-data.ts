import "server-only";
/**
 * Everything the managers' dashboard page shows, computed once per view and kept until the records change
 * (lib/data-changes/figures-memo.ts): the national view reads a million grants' summaries, visits and
 * applications, seconds of database time, and managers reopen the same views between two edits.
 * A view is the user's scope (national or one prefecture; every read below depends on the user through it
 * alone), the filters, the language and Morocco's date (the outcomes count visits overdue since six months
 * before today). FIGURES_CACHE_SECONDS caps how long a view is kept (600 by default; 0 turns keeping off).
 */
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { getDashboard } from "@/lib/dashboards/dashboard-queries";
import { dashboardFiltersToQuery } from "@/lib/dashboards/filter-url";
import { getDashboardFilterOptions } from "@/lib/dashboards/filter-options";
import { listReportedPresentations } from "@/lib/dashboards/reported-presentations";
import { reconcileWithRecords } from "@/lib/reconciliation/queries";
import { getPipeline } from "@/lib/dashboards/pipeline-queries";
import { getOutcomes } from "@/lib/dashboards/outcome-queries";
import { filtersFor } from "@/lib/dashboards/load-dashboard";
import type { DashboardFilters } from "@/lib/dashboards/dashboard-types";
import { moroccoToday } from "@/lib/conventions/rules";
import { createFiguresMemo } from "@/lib/data-changes/figures-memo";
import { noticeOtherWriters } from "@/lib/data-changes/other-writers";

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

async function computeDashboardPage(user: SessionUser, filters: DashboardFilters, locale: AppLocale) {
  const presentationsReconciled = listReportedPresentations(user, locale, filters.prefectureId).then((presentations) =>
    // Each presentation is reconciled with its own event's prefecture and period, not the dashboard's filter.
    Promise.all(presentations.map(async (presentation) => ({ presentation, reconciliation: await reconcileWithRecords(presentation.prefectureId, presentation.reported) }))),
  );
  const [dashboard, options, pipeline, outcomes, reconciliation] = await Promise.all([
    getDashboard(user, filters, locale),
    getDashboardFilterOptions(user, locale, filters.prefectureId, filters.communeId),
    getPipeline(user, filters, locale),
    getOutcomes(user, filters, locale),
    presentationsReconciled,
  ]);
  return { dashboard, options, pipeline, outcomes, reconciliation };
}

export type DashboardPageData = Awaited<ReturnType<typeof computeDashboardPage>>;

const maxAgeMs = Number(process.env.FIGURES_CACHE_SECONDS ?? "600") * 1000;
const memo = createFiguresMemo<DashboardPageData>({ maxEntries: 200, maxAgeMs });

export async function loadDashboardPage(user: SessionUser, params: RawParams, locale: AppLocale): Promise<DashboardPageData> {
  const filters = filtersFor(user, params);
  if (!(maxAgeMs > 0)) return computeDashboardPage(user, filters, locale);
  await noticeOtherWriters();
  const scope = user.isNational ? "national" : `prefecture:${user.prefectureId}`;
  const key = JSON.stringify([scope, locale, moroccoToday().toISOString(), dashboardFiltersToQuery(filters)]);
  // A prefecture's view goes stale with its own prefecture's writes and the shared ones only.
  return memo.get(key, () => computeDashboardPage(user, filters, locale), user.isNational ? null : user.prefectureId);
}
