// The public grants as one 360Giving spreadsheet sheet (CSV). No session: only grants an ADMIN marked public.
import { connection } from "next/server";
import { getThreeSixtyGivingPackage } from "@/lib/open-data/queries";
import { toThreeSixtyGivingCsv } from "@/lib/open-data/three-sixty-giving-csv";
import { openDataHeaders } from "@/lib/open-data/http";
import { nothingPublishedText } from "@/lib/open-data/nothing-published";

export async function GET() {
  await connection(); // read at request time, never frozen at build time
  const data = await getThreeSixtyGivingPackage();
  if (!data) return nothingPublishedText(); // a header line alone would be the same invalid, empty publication
  return new Response(toThreeSixtyGivingCsv(data.grants), { headers: openDataHeaders("text/csv; charset=utf-8", "csv", data.issued) });
}
