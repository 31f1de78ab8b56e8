import "server-only";
// The public API's rate-limit counts in the database (see lib/api/rate-limit.ts), shared by every app
// instance. Each step is one atomic statement, so concurrent requests on several instances never lose a
// count: the row's UPDATE re-checks its condition under the row lock (PostgreSQL) or runs alone (SQLite).
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type CountedWindow = { windowStart: Date; count: number };

/** Counts one request of `key` at `now`, in its current window of `windowMs`, started by its first request. */
export async function countApiRequest(key: string, now: Date, windowMs: number): Promise<CountedWindow> {
  const db = getDb();
  const ended = new Date(now.getTime() - windowMs);
  for (let attempt = 0; ; attempt++) {
    try {
      // The usual case: a window still running.
      return await db.apiRateWindow.update({
        where: { key, windowStart: { gt: ended } },
        data: { count: { increment: 1 } },
        select: { windowStart: true, count: true },
      });
    } catch (error) {
      if (!isCode(error, "P2025") || attempt >= 3) throw error;
    }
    // The window ended: the first request to see it so starts the next (the others then increment it).
    const restarted = await db.apiRateWindow.updateMany({ where: { key, windowStart: { lte: ended } }, data: { windowStart: now, count: 1 } });
    if (restarted.count === 1) return { windowStart: now, count: 1 };
    try {
      const created = await db.apiRateWindow.create({ data: { key, windowStart: now, count: 1 }, select: { windowStart: true, count: true } });
      // A new address: drop the rows of windows that ended, so the table holds recent clients only. Other
      // limits share the table under "<name>#" keys with windows of their own length: each sweeps its own.
      await db.apiRateWindow.deleteMany({ where: { windowStart: { lte: ended }, key: sameLimiterKeys(key) } });
      return created;
    } catch (error) {
      if (!isCode(error, "P2002")) throw error; // created meanwhile by another request: increment it
    }
  }
}

function sameLimiterKeys(key: string): Prisma.StringFilter {
  const separator = key.indexOf("#");
  return separator < 0 ? { not: { contains: "#" } } : { startsWith: key.slice(0, separator + 1) };
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
