// The public grants as a 360Giving JSON package. No session: only grants an ADMIN marked public.
import { connection } from "next/server";
import { getThreeSixtyGivingPackage } from "@/lib/open-data/queries";
import { openDataHeaders } from "@/lib/open-data/http";
import { nothingPublishedJson } from "@/lib/open-data/nothing-published";

export async function GET() {
  await connection(); // read at request time, never frozen at build time
  const data = await getThreeSixtyGivingPackage();
  if (!data) return nothingPublishedJson(); // never an invalid (empty) package
  return new Response(JSON.stringify(data, null, 2), { headers: openDataHeaders("application/json; charset=utf-8", "json", data.issued) });
}
