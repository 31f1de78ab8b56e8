import "server-only";
// What the three list export routes share: the checks (locale, session, role), the table with its title
// and notes, and the download itself. Each route only says how its list reads the URL, exactly as its page
// does, so the file holds the list the user was looking at — every page of it.
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { directionOf, type AppLocale } from "@/lib/i18n/locales";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import type { ListParams } from "@/lib/lists/list-params";
import { toZonedIsoString } from "@/lib/format/dates";
import type { ExportTable } from "@/lib/exports/export-table";
import { toCsv } from "@/lib/exports/csv";
import { toXlsx } from "@/lib/exports/xlsx";
import type { ListSheet } from "@/lib/imports/list-exports";
import { listExportNotes, type ListExportKind } from "@/lib/imports/list-export-notes";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export type RawQuery = Record<string, string[]>;
export type LoadList = (user: SessionUser, query: RawQuery, locale: AppLocale) => Promise<{ params: ListParams<string>; sheet: ListSheet }>;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function listTitle(kind: ListExportKind, locale: AppLocale): string {
  const m = locale === "ar" ? ar : fr;
  return kind === "cooperatives" ? m.Cooperatives.title : kind === "grants" ? m.Grants.title : m.AdminEvents.title;
}

/** Every value of every parameter, as a page's searchParams holds them (parseListParams keeps the first). */
function rawQuery(url: URL): RawQuery {
  return Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => [key, url.searchParams.getAll(key)]));
}

export async function listExportTable(kind: ListExportKind, user: SessionUser, locale: AppLocale, loaded: Awaited<ReturnType<LoadList>>, now: Date): Promise<ExportTable> {
  const title = listTitle(kind, locale);
  return {
    name: title,
    title,
    notes: await listExportNotes(kind, user, loaded.params, locale, now),
    headers: loaded.sheet.headers,
    rows: loaded.sheet.rows.map((cells) => ({ cells })),
    dir: directionOf(locale),
  };
}

export async function listExportResponse(request: Request, locale: string, kind: ListExportKind, load: LoadList): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const user = await getSessionUser();
  if (!user) return new Response(null, { status: 401 });
  // Like a page outside the user's rights: not found rather than forbidden.
  if (!can(user.role, "records.read")) return new Response(null, { status: 404 });
  const url = new URL(request.url);
  const now = new Date();
  const table = await listExportTable(kind, user, locale, await load(user, rawQuery(url), locale), now);
  const xlsx = url.searchParams.get("format") === "xlsx";
  // The date in the name is Casablanca's, the day the user sees on the wall.
  const fileName = `indh-${kind}-${locale}-${toZonedIsoString(now).slice(0, 10)}.${xlsx ? "xlsx" : "csv"}`;
  return new Response(xlsx ? Buffer.from(await toXlsx([table])) : toCsv([table]), {
    headers: {
      "Content-Type": xlsx ? XLSX_TYPE : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
