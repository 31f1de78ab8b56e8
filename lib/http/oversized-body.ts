// A form posted without JavaScript whose files exceed what a server action accepts (next.config.ts,
// serverActions.bodySizeLimit) would reach Next, which fails on it with a bare 500 page. The production server
// (server.ts) answers it first: 413 with a page in the visitor's language that says what the limit is and
// that the browser's Back button returns to the form as it was typed (browsers keep typed fields on Back;
// only the chosen files must be chosen again). With JavaScript the form checks sizes before sending.
import type { IncomingMessage, ServerResponse } from "node:http";
import ar from "@/messages/ar.json";
import fr from "@/messages/fr.json";
import { MAX_APPLICATION_BYTES, MAX_FILE_BYTES } from "@/lib/files/limits";

/** The server actions' body limit (next.config.ts: "21mb"): the files' 20 MB and the text fields around them. */
export const MAX_ACTION_BODY_BYTES = 21 * 1024 * 1024;
/** Past this, the body is not even read to the end: the connection is closed (no honest form is this big). */
const MAX_DRAINED_BYTES = 200 * 1024 * 1024;

/** A POST that announces a body larger than a server action accepts. */
export function isOversizedPost(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const length = Number(req.headers["content-length"]);
  return Number.isFinite(length) && length > MAX_ACTION_BODY_BYTES;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));

/** The page, in the language of the address's first segment (Arabic unless it is /fr/...). */
export function oversizedBodyPage(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0] ?? "/";
  const locale = path.startsWith("/fr/") ? "fr" : "ar";
  const t = (locale === "fr" ? fr : ar).OversizedUpload;
  const fill = (text: string) => text.replace("{total}", megabytes(MAX_APPLICATION_BYTES)).replace("{each}", megabytes(MAX_FILE_BYTES));
  // Only a plain path of the app is linked back to; anything else links to the home page.
  const back = /^\/(ar|fr)(\/[A-Za-z0-9_\-/]*)?$/.test(path) ? path : `/${locale}`;
  return `<!doctype html>
<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #0f172a">
<h1 style="font-size: 1.5rem; color: #7f1d1d">${escapeHtml(t.title)}</h1>
<p>${escapeHtml(fill(t.limits))}</p>
<p><strong>${escapeHtml(t.back)}</strong></p>
<p><a href="${escapeHtml(back)}">${escapeHtml(t.openAgain)}</a></p>
</body></html>`;
}

/** Reads the body to its end without keeping it (a browser still sending would otherwise see a reset), then answers 413. */
export function answerOversizedBody(req: IncomingMessage, res: ServerResponse): void {
  let received = 0;
  const answer = () => {
    if (res.headersSent) return;
    res.writeHead(413, {
      "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
    });
    res.end(oversizedBodyPage(req.url));
  };
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_DRAINED_BYTES) {
      answer();
      req.destroy();
    }
  });
  req.on("end", answer);
  req.on("error", () => res.destroy());
}
