// The answer of the open-data files while no grant is published. The 360Giving package schema requires at
// least one grant, so an empty package would be invalid: instead of serving one, the files answer
// 404 Not Found (the honest status: the file does not exist yet, and a harvester such as 360Giving's
// data getter records a failed fetch rather than ingesting invalid data; 200 would be read as a package,
// 503 as an outage to retry), with an explanation in both languages. no-store: the file must appear as
// soon as an ADMIN publishes a grant, not five minutes later.
import { createTranslator } from "next-intl";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

const explain = (locale: "ar" | "fr") =>
  createTranslator({ locale, messages: locale === "ar" ? ar : fr, namespace: "OpenData.results" })("nothingPublished");

const headers = (contentType: string): HeadersInit => ({
  "Content-Type": contentType,
  "Cache-Control": "no-store",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
});

export function nothingPublishedJson(): Response {
  const body = { error: "nothingPublished", message: { ar: explain("ar"), fr: explain("fr") } };
  return new Response(JSON.stringify(body, null, 2), { status: 404, headers: headers("application/json; charset=utf-8") });
}

export function nothingPublishedText(): Response {
  return new Response(`${explain("ar")}\n${explain("fr")}\n`, { status: 404, headers: headers("text/plain; charset=utf-8") });
}
