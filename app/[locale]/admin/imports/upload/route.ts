// The upload of an import file: a plain multipart POST, so it works without JavaScript (the browser
// follows the redirect) and, with it, shows the upload's progress (components/imports/upload-form.tsx).
// A route handler rather than a server action: the size is checked before the body is read, and a
// refusal is a redirect back to the form with a code the page translates.
import { NextResponse, type NextRequest } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { isImportKind } from "@/lib/imports/columns";
import { MAX_FILE_BYTES } from "@/lib/imports/read-file";
import { previewImport, type PreviewProblem } from "@/lib/imports/mutations";
import { isSameSiteRequest } from "@/lib/security/request-origin";

export async function POST(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new NextResponse(null, { status: 404 });
  // Relative redirects: the browser resolves them against the address it used, so the session cookie
  // follows, and no request header (Host, X-Forwarded-Host) ever chooses where the browser is sent.
  const to = (path: string) => new NextResponse(null, { status: 303, headers: { location: path } });
  const back = (query: Record<string, string> | URLSearchParams) => to(`/${locale}/admin/imports?${new URLSearchParams(query)}`);
  if (!isSameSiteRequest(request.headers)) return new NextResponse(null, { status: 403 });
  const user = await getSessionUser();
  if (!user) return to(`/${locale}/sign-in`);
  if (!can(user.role, "records.write")) return new NextResponse(null, { status: 404 });
  // Multipart adds a little around the file; anything far beyond the limit is refused unread.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + 64 * 1024) return back({ problem: "tooLarge" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back({ problem: "unreadable" });
  }
  const kind = String(form.get("kind") ?? "");
  const file = form.get("file");
  if (!isImportKind(kind)) return back({ problem: "kindRequired" });
  if (!(file instanceof File) || file.size === 0) return back({ problem: file instanceof File ? "empty" : "fileRequired", kind });
  const result = await previewImport(user, kind, file.name, new Uint8Array(await file.arrayBuffer()));
  if (!result.ok) return back(problemQuery(result.problem, kind));
  return to(`/${locale}/admin/imports/${result.batchId}`);
}

/**
 * The refusal as query parameters the imports page translates: the missing columns and the file's own
 * headers, or each badly formed CSV line ("3:unclosedQuote", "5:tooManyCells:14:13"). Capped: a URL stays short.
 */
function problemQuery(problem: PreviewProblem, kind: string): URLSearchParams {
  const query = new URLSearchParams({ problem: problem.code, kind });
  if (problem.code === "missingColumns") {
    if (problem.columns.length > 0) query.set("details", problem.columns.join(","));
    for (const header of problem.headers.slice(0, 30)) query.append("header", header.slice(0, 80));
  } else if (problem.code === "csvMalformed") {
    for (const p of problem.lines) query.append("line", [p.line, p.code, ...("cells" in p ? [p.cells, p.expected] : [])].join(":"));
  } else if (problem.code === "formulas" && problem.cells.length > 0) {
    query.set("details", problem.cells.join(","));
  }
  return query;
}
