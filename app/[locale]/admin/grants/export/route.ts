// The grant list as CSV or XLSX (?format=), with the list's own search, filters and sort, every page of
// it, in the import's columns so that the file re-imports unchanged.
import { parseListParams } from "@/lib/lists/list-params";
import { GRANT_FILTERS, GRANT_SORTS } from "@/lib/grants/queries";
import { grantSheet } from "@/lib/imports/list-exports";
import { listExportResponse } from "@/lib/imports/list-export-response";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return listExportResponse(request, (await params).locale, "grants", async (user, query, locale) => {
    // The same parsing as the list page, so the file holds what the page showed.
    const list = parseListParams(query, { sorts: GRANT_SORTS, defaultSort: "approvedOn", defaultDir: "desc", filters: GRANT_FILTERS });
    return { params: list, sheet: await grantSheet(user, list, locale) };
  });
}
