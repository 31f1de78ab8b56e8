// The active filters in words, printed at the top of every export so that a file read weeks later says
// what it counts. Names come from the dashboard itself (a filtered row is still in its breakdown); the
// caller may pass names the dashboard cannot know (the prefecture's).
import type { Breakdown, Dashboard, DashboardFilters } from "@/lib/dashboards/dashboard-types";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import type { DashboardTranslate } from "@/lib/exports/translate";

export type FilterNames = Partial<Record<"prefectureId" | "communeId" | "phaseId" | "programmeId" | "axisId", string>>;

type IdKey = keyof FilterNames;

function rowName(breakdown: Breakdown, key: IdKey, id: number): string | undefined {
  return breakdown.rows.find((row) => row.filter[key] === id)?.label;
}

function nameOf(dashboard: Dashboard, key: IdKey, id: number, names: FilterNames, t: DashboardTranslate): string {
  const fromDashboard =
    key === "phaseId" ? dashboard.zoneByPhase.phases.find((p) => p.id === id)?.label
    : key === "programmeId" ? rowName(dashboard.byProgramme, key, id)
    : key === "axisId" ? rowName(dashboard.byAxis, key, id)
    : key === "communeId" ? rowName(dashboard.byCommune, key, id)
    : undefined;
  return names[key] ?? fromDashboard ?? t("filters.unknownName", { id });
}

/** One line per active filter, in the order a reader narrows (period, place, programme, status). */
export function describeFilters(dashboard: Dashboard, t: DashboardTranslate, names: FilterNames = {}): string[] {
  const f: DashboardFilters = dashboard.filters;
  const lines: string[] = [];
  if (f.fromYear !== undefined && f.toYear !== undefined) lines.push(t("filters.period", { from: String(f.fromYear), to: String(f.toYear) }));
  else if (f.fromYear !== undefined) lines.push(t("filters.periodFrom", { from: String(f.fromYear) }));
  else if (f.toYear !== undefined) lines.push(t("filters.periodTo", { to: String(f.toYear) }));
  const named = (key: IdKey, message: string) => {
    const id = f[key];
    if (id !== undefined) lines.push(t(message, { value: nameOf(dashboard, key, id, names, t) }));
  };
  named("prefectureId", "filters.prefecture");
  if (f.zone) lines.push(t("filters.zone", { value: t(`zone.${f.zone}`) }));
  named("communeId", "filters.commune");
  named("phaseId", "filters.phase");
  named("programmeId", "filters.programme");
  named("axisId", "filters.axis");
  if (f.status) lines.push(t("filters.status", { value: t(`status.${f.status}`) }));
  return lines.length > 0 ? lines : [t("filters.none")];
}

/** The notes above each exported table: filters, time of computation, demo-data warning. */
export function exportNotes(dashboard: Dashboard, locale: AppLocale, t: DashboardTranslate, names?: FilterNames): string[] {
  return [
    ...describeFilters(dashboard, t, names),
    t("asOf", { time: formatDateTime(dashboard.computedAt, locale) }),
    ...(dashboard.includesDemoData ? [t("demoData")] : []),
  ];
}
