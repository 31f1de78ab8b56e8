// The audit trail as CSV or XLSX (?format=), with the page's own filters, every page of it, in the reader's
// scope (their prefecture's entries; all for a national role).
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { toZonedIsoString } from "@/lib/format/dates";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import { parseAuditFilters } from "@/lib/audit/filters";
import { auditExportTable } from "@/lib/audit/export";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const user = await getSessionUser();
  if (!user) return new Response(null, { status: 401 });
  // Like the page outside the user's rights: not found rather than forbidden.
  if (!can(user.role, "audit.read")) return new Response(null, { status: 404 });
  const url = new URL(request.url);
  const now = new Date();
  const filters = parseAuditFilters(Object.fromEntries(url.searchParams));
  const table = await auditExportTable(user, filters, locale, now);
  const xlsx = url.searchParams.get("format") === "xlsx";
  const fileName = `indh-audit-${locale}-${toZonedIsoString(now).slice(0, 10)}.${xlsx ? "xlsx" : "csv"}`;
  return new Response(xlsx ? Buffer.from(await toXlsx([table])) : toCsv([table]), {
    headers: {
      "Content-Type": xlsx ? XLSX_TYPE : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
