// Polled by the confirmation form while an import is being written (see lib/imports/progress.ts).
import { NextResponse } from "next/server";
import { getSessionUser, sessionTokenHash } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { importProgress, importProgressForViewer } from "@/lib/imports/progress";
import { mayReadImportBatch } from "@/lib/imports/queries";

const answer = (progress: { done: number; total: number } | null) =>
  NextResponse.json(progress ?? { done: 0, total: 0 }, { headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  // The session that confirmed this import is answered from memory: on SQLite a database read would wait
  // for the import's transaction to end. Its token proves who it is, as the database would.
  const viewer = await sessionTokenHash();
  const own = viewer && Number.isSafeInteger(id) ? importProgressForViewer(id, viewer) : null;
  if (own) return answer(own);
  const user = await getSessionUser();
  if (!user || !can(user.role, "records.write")) return new NextResponse(null, { status: 404 });
  if (!(await mayReadImportBatch(user, id))) return new NextResponse(null, { status: 404 });
  return answer(importProgress(id));
}
