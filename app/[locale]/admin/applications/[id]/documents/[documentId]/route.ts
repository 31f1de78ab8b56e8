// A file attached to an application, for the staff of its prefecture only. It is served as an attachment
// with the type found from its content when it was stored, never sniffed, under a sandboxing policy (also
// set by proxy.ts, lib/security/page-policy.ts): a hostile PDF opened from here runs nothing on our origin.
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { intFilter } from "@/lib/lists/list-params";
import { getApplicationDocumentFile } from "@/lib/screening/queries";
import { attachmentDisposition, DOWNLOAD_POLICY } from "@/lib/screening/download";

type Context = { params: Promise<{ locale: string; id: string; documentId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, id, documentId } = await params;
  const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!hasLocale(routing.locales, locale)) return notFound();
  const user = await getSessionUser();
  if (!user) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const applicationId = intFilter(id);
  const fileId = intFilter(documentId);
  // A role that cannot read records, another prefecture's file, a file of another application: not found.
  if (!can(user.role, "records.read") || !applicationId || !fileId) return notFound();
  const file = await getApplicationDocumentFile(user, applicationId, fileId);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.length),
      "Content-Disposition": attachmentDisposition(file),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": DOWNLOAD_POLICY,
      // Personal data: never kept by a shared cache or the browser's back-forward cache.
      "Cache-Control": "private, no-store",
    },
  });
}
