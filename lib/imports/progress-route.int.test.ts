// The progress route while an import is being written, on the real database: the session that confirmed it
// is answered from memory. On SQLite any database read waits for the import's transaction to end, so a
// route that looked the session up first would only ever answer after the import (the bar jumping from
// empty to full); on PostgreSQL both paths answer at once.
import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/types";
import { seedAll } from "@/prisma/seed/seed-all";
import { createTestUser } from "@/lib/testing/test-user";
import { actAs, nextMocks } from "@/lib/testing/action-harness";
import { hashSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
import { confirmImport, previewImport } from "@/lib/imports/mutations";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";
import { csvFile } from "@/lib/imports/test-files";
import { GET } from "@/app/[locale]/admin/imports/[id]/progress/route";

let staff: SessionUser;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedAll(db, { demo: true });
  ({ user: staff } = await createTestUser(db, { role: "STAFF", prefectureId }));
});

const poll = async (id: number) =>
  (await (await GET(new Request(`http://localhost/fr/admin/imports/${id}/progress`), { params: Promise.resolve({ id: String(id) }) })).json()) as { done: number; total: number };

describe("the import progress route", () => {
  it("tells the confirming session how far the import has got while it is written", async () => {
    const header = COOPERATIVE_COLUMNS.map((c) => c.fr);
    const rows = Array.from({ length: 3_000 }, (_, i) => [`PROG-${i}`, `تعاونية ${i}`, `Coop ${i}`, "Apiculture", "Al Manzla", "", "15/03/2020", "12", "7", "3", "", "", ""]);
    const preview = await previewImport(staff, "cooperatives", "progress.csv", csvFile([header, ...rows]));
    if (!preview.ok) throw new Error(JSON.stringify(preview.problem));
    await actAs(staff.id);
    const token = (await nextMocks.cookies()).get(SESSION_COOKIE)!.value;

    // Polled as the confirmation form does: on an interval, each poll on its own (one may wait while others
    // answer). Interval callbacks run only when the import lets the event loop turn (after each 500 rows).
    let finished = false;
    const seen: number[] = [];
    const polls: Promise<void>[] = [];
    const timer = setInterval(() => {
      polls.push(poll(preview.batchId).then(({ done, total }) => {
        if (finished) return;
        seen.push(done);
        expect([0, 3_000]).toContain(total);
      }));
    }, 5);
    await confirmImport(staff, preview.batchId, false, hashSessionToken(token)).finally(() => (finished = true));
    clearInterval(timer);
    await Promise.all(polls);
    // Answers came while the rows were being written, part-way.
    expect(seen.some((done) => done > 0 && done < 3_000)).toBe(true);
  });

  it("answers another session only after checking it in the database, and a stranger not at all", async () => {
    await actAs(null);
    const response = await GET(new Request("http://localhost/fr/admin/imports/1/progress"), { params: Promise.resolve({ id: "1" }) });
    expect(response.status).toBe(404);
  });
});
