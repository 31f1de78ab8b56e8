import "server-only";
import { getDb } from "@/lib/db";

// Failed sign-ins are counted in the database, not in memory, so several app servers share the limits.
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `ip:${address}`;

export async function isSignInBlocked(email: string, address: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const db = getDb();
  const [perAccount, perAddress] = await Promise.all([
    db.signInFailure.count({ where: { key: accountKey(email), createdAt: { gte: since } } }),
    db.signInFailure.count({ where: { key: addressKey(address), createdAt: { gte: since } } }),
  ]);
  return perAccount >= MAX_FAILURES_PER_ACCOUNT || perAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const db = getDb();
  await db.signInFailure.createMany({ data: [{ key: accountKey(email) }, { key: addressKey(address) }] });
  // Old failures no longer count; dropping them keeps the table small.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - FAILURE_WINDOW_MS) } } });
}

export async function clearAccountFailures(email: string): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { key: accountKey(email) } });
}
