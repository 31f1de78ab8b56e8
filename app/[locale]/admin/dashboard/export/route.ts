// CSV and XLSX downloads of every dashboard table, computed exactly like the page for the same filters,
// so the totals in a file equal the totals on screen.
import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { loadCurrentFigures } from "@/lib/dashboards/dashboard-page-data";
import { dashboardTables } from "@/lib/exports/dashboard-tables";
import { pipelineTables } from "@/lib/exports/pipeline-tables";
import { outcomeTables } from "@/lib/dashboards/outcome-tables";
import { capitalise } from "@/lib/exports/measures";
import { formatCalendarDate } from "@/lib/format/dates";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new NextResponse(null, { status: 404 });
  const user = await getSessionUser();
  if (!user) return new NextResponse(null, { status: 401 });
  if (!can(user.role, "records.read")) return new NextResponse(null, { status: 404 });
  const search = request.nextUrl.searchParams;
  const { dashboard, outcomes, pipeline: pipelineFigures } = await loadCurrentFigures(user, search, locale);
  const t = await getTranslations({ locale, namespace: "Dashboard" });
  const p = await getTranslations({ locale, namespace: "Pipeline" });
  const dt = (key: string, values?: Record<string, string | number>) => t(key as "total", values);
  const main = dashboardTables(dashboard, locale, dt);
  // The pipeline's tables carry the same notes (filters, time, demo data) as the dashboard's.
  const pipeline = pipelineTables(pipelineFigures, (key, values) => p(key as "title", values), dt, { notes: main[0]!.notes, dir: main[0]!.dir });
  const o = await getTranslations({ locale, namespace: "DashboardOutcomes" });
  const v = await getTranslations({ locale, namespace: "Visits" });
  const outcome = outcomeTables(
    outcomes,
    {
      t: (key, values) => o(key as "title", values),
      dt,
      state: (state) => v(`states.${state}`),
      overdueBefore: formatCalendarDate(outcomes.overdueBefore, locale),
    },
    { notes: main[0]!.notes, dir: main[0]!.dir },
    (s) => capitalise(s, locale),
  );
  const tables = [...main, ...outcome, ...pipeline];
  const stamp = dashboard.computedAt.toISOString().slice(0, 10);
  const headers = { "Cache-Control": "private, no-store" };
  if (search.get("format") === "xlsx") {
    const body = await toXlsx(tables);
    return new NextResponse(Buffer.from(body), {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="indh-dashboard-${locale}-${stamp}.xlsx"`,
      },
    });
  }
  return new NextResponse(toCsv(tables), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="indh-dashboard-${locale}-${stamp}.csv"`,
    },
  });
}
