// Polled by the confirmation form while an import is being written (see lib/imports/progress.ts).
import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { importProgress } from "@/lib/imports/progress";
import { mayReadImportBatch } from "@/lib/imports/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user || !can(user.role, "records.write")) return new NextResponse(null, { status: 404 });
  const id = Number((await params).id);
  if (!(await mayReadImportBatch(user, id))) return new NextResponse(null, { status: 404 });
  const progress = importProgress(id);
  return NextResponse.json(progress ?? { done: 0, total: 0 }, { headers: { "Cache-Control": "no-store" } });
}
