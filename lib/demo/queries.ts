import "server-only";
import { getDb } from "@/lib/db";
import { dataGeneration } from "@/lib/data-changes/generation";
import { noticeOtherWriters } from "@/lib/data-changes/other-writers";

/**
 * How long an answer about demo accounts may be reused. Demo records are cooperatives, whose every change
 * moves the data generation (lib/data-changes/generation.ts), so the answer follows them at once; accounts are
 * Users, whose writes do not move it (signing in must not make every dashboard recompute): a demo account
 * deactivated by hand stops counting within this time.
 */
const RECHECK_MS = 10_000;

const KNOWN = Symbol.for("indh.demoContent");
type Known = { generation: number; at: number; answer: Promise<boolean> };
type WithKnown = typeof globalThis & { [KNOWN]?: Known };

async function countDemoContent(): Promise<boolean> {
  const db = getDb();
  const [records, accounts] = await Promise.all([
    db.cooperative.count({ where: { isDemo: true } }),
    db.user.count({ where: { isDemo: true, isActive: true } }),
  ]);
  return records + accounts > 0;
}

/**
 * Demonstration records or demo accounts that can still sign in: the workspace says so until removed.
 * Asked by every workspace page, answered from the last count until the records change: two counts on every
 * page were 1.9 ms of each page's time on the national data (bench:national, 2026-12-07).
 */
export async function hasDemoContent(now = Date.now()): Promise<boolean> {
  await noticeOtherWriters(); // on SQLite, `npm run db:demo:remove` writes from another process
  const store = globalThis as WithKnown;
  const known = store[KNOWN];
  const generation = dataGeneration();
  if (known && known.generation === generation && now - known.at < RECHECK_MS) return known.answer;
  const answer = countDemoContent();
  store[KNOWN] = { generation, at: now, answer };
  // A failed count is not kept: the next page asks again.
  answer.catch(() => {
    if (store[KNOWN]?.answer === answer) delete store[KNOWN];
  });
  return answer;
}
