// How an application's file is sent: its name made safe for a header, and the policy it is served under.
import { LOCALES } from "@/lib/i18n/locales";

/** Nothing loads, nothing runs, no form posts: a file viewed in the browser is inert. */
export const DOWNLOAD_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

const EXTENSION: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/**
 * `attachment` with a plain ASCII name made from the receipt code (nothing the applicant typed can reach
 * the header as is: no quote, no line break, no path), plus the original name percent-encoded (RFC 6266
 * filename*) so the saved file keeps the name its sender gave it, cleaned of controls and separators.
 */
export function attachmentDisposition(file: { receiptCode: string; position: number | null; fileName: string; mediaType: string }): string {
  const extension = EXTENSION[file.mediaType] ?? "bin";
  const code = file.receiptCode.replace(/[^A-Za-z0-9-]/g, "").slice(0, 40) || "document";
  const ascii = `${code}-${file.position ?? "annexe"}.${extension}`;
  const original = file.fileName.replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, "_").trim().slice(0, 150);
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987 wants them encoded too.
  const encoded = encodeURIComponent(original).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return original ? `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}` : `attachment; filename="${ascii}"`;
}

/** The path of the download route, matched by proxy.ts to give it DOWNLOAD_POLICY. */
export const DOWNLOAD_PATH = new RegExp(`^/(${LOCALES.join("|")})/admin/applications/[^/]+/documents/[^/]+/?$`);
