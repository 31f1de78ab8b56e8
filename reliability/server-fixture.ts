// What the HTTP tests need from the seeded database: signed-in sessions (created directly, as
// scripts/dev-session.ts does: the sign-in form is not what is under test), the shared cooperatives the
// writers fight over, and a cooperative and programme for the grants they create.
import type { PrismaClient } from "@/lib/db";
import { createTestUser } from "@/lib/testing/test-user";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from "@/lib/auth/session-token";
import { toFormValues as cooperativeValues } from "@/lib/cooperatives/schema";
import type { Shared } from "./writers";

export type ServerFixture = { cookies: string[]; shared: Shared[]; grant: { cooperativeId: number; programmeId: number } };

export async function serverFixture(db: PrismaClient, writers: number, sharedCount = 2): Promise<ServerFixture> {
  // A staff account of the suite's own (demo accounts are not seeded; none has a known password).
  const prefecture = await db.prefecture.findFirstOrThrow({ where: { cooperatives: { some: { isDemo: true } } }, orderBy: { id: "asc" } });
  const { user: staff } = await createTestUser(db, { role: "STAFF", prefectureId: prefecture.id });
  const cookies: string[] = [];
  for (let i = 0; i < writers; i++) {
    const token = newSessionToken();
    await db.session.create({ data: { tokenHash: hashSessionToken(token), userId: staff.id, expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS) } });
    cookies.push(`${SESSION_COOKIE}=${token}`);
  }
  const cooperatives = await db.cooperative.findMany({ where: { prefectureId: staff.prefectureId, isDemo: true }, orderBy: { id: "asc" }, take: sharedCount + 1 });
  // The form values the writers send besides members and version: nothing else edits these records.
  const shared = cooperatives.slice(0, sharedCount).map((c) => ({ id: c.id, values: cooperativeValues(c) }));
  const programme = await db.programme.findFirstOrThrow({ where: { number: 3, phase: { number: 3 } } });
  return { cookies, shared, grant: { cooperativeId: cooperatives[sharedCount]!.id, programmeId: programme.id } };
}
