// The event list (drafts included, as the workspace shows it) as CSV or XLSX (?format=), with the list's
// own search, filters and sort, every page of it. Events have no import: this is a plain table.
import { parseListParams } from "@/lib/lists/list-params";
import { EVENT_FILTERS, EVENT_SORTS } from "@/lib/events/admin-queries";
import { eventSheet } from "@/lib/imports/list-exports";
import { listExportResponse } from "@/lib/imports/list-export-response";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return listExportResponse(request, (await params).locale, "events", async (user, query, locale) => {
    // The same parsing as the list page, so the file holds what the page showed.
    const list = parseListParams(query, { sorts: EVENT_SORTS, defaultSort: "startsAt", defaultDir: "desc", filters: EVENT_FILTERS });
    return { params: list, sheet: await eventSheet(user, list, locale) };
  });
}
