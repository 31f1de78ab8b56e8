/**
 * Request paths with broken percent-encoding (`/ar/events/%E0%A4%A`, `/ar/%`): Next answers them 500, as
 * if the server had failed, so server.ts answers 400 itself before Next sees them (finding 6). Only the
 * path: Next decodes it to route; a broken query string reaches the pages, which read it leniently.
 */
import type { ServerResponse } from "node:http";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";

export function hasMalformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?", 1)[0]!;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** 400 with a message in the path's language (JSON under /api/, as the API's other refusals). */
export function answerMalformedPath(url: string | undefined, res: ServerResponse): void {
  const path = url ?? "/";
  const message = (/^\/fr(\/|$|%)/.test(path) ? fr : ar).Errors.malformedAddress;
  const isApi = path.startsWith("/api/");
  const body = isApi ? JSON.stringify({ error: { status: 400, code: "malformedPath", message } }) : message;
  res.writeHead(400, {
    "content-type": isApi ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}
