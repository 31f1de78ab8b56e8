import "server-only";
import { getDb } from "@/lib/db";

/** Demonstration records or demo accounts that can still sign in: the workspace says so until removed. */
export async function hasDemoContent(): Promise<boolean> {
  const db = getDb();
  const [records, accounts] = await Promise.all([
    db.cooperative.count({ where: { isDemo: true } }),
    db.user.count({ where: { isDemo: true, isActive: true } }),
  ]);
  return records + accounts > 0;
}
