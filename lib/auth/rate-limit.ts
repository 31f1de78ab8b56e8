import "server-only";
import { getDb } from "@/lib/db";

/*
 * Sign-in throttling: slow guessing down, never lock anybody out (OWASP Authentication Cheat Sheet).
 *
 * Failed sign-ins of the last 15 minutes are counted in the database (so every app instance sees them)
 * under three keys:
 *   pair     one address guessing at one account. 5 failures are free, then the pair must wait 2, 4, 8 ...
 *            seconds after its last failure (at most 5 minutes) and is told "try again in N s". A success
 *            from that pair clears it: the owner's own typos cost nothing afterwards.
 *   address  one address trying many accounts (random emails). 20 failures free, then the same doubling
 *            wait for that address alone.
 *   account  every address together at one account (an attack spread over many addresses, each with a
 *            clean pair). It never refuses anyone: past 10 failures each attempt at the account is held on
 *            the server 0.5 s per further failure, at most 3 s, before the password is checked.
 * So an attacker gets a handful of guesses per address and then waits, whatever X-Forwarded-For says (the
 * address comes from lib/http/client-address.ts), while the owner, from their own address, has a clean pair
 * and a clean address and at worst waits those 3 seconds. Refused attempts check no password and are not
 * counted, so retrying during a wait does not lengthen it. Every rule applies to unknown emails exactly as
 * to real ones, so the answers say nothing about which accounts exist.
 */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const FREE_FAILURES_PER_PAIR = 5;
export const FREE_FAILURES_PER_ADDRESS = 20;
export const FREE_FAILURES_PER_ACCOUNT = 10;
export const MAX_WAIT_SECONDS = 5 * 60;
export const ACCOUNT_DELAY_STEP_MS = 500;
export const MAX_ACCOUNT_DELAY_MS = 3000;

const accountKey = (email: string) => `email:${email}`;
const addressKey = (address: string) => `ip:${address}`;
const pairKey = (email: string, address: string) => `pair:${email} ${address}`; // emails hold no space

/** waitSeconds > 0: refuse, "try again in waitSeconds s". Otherwise hold the attempt delayMs, then check it. */
export type SignInThrottle = { waitSeconds: number; delayMs: number };

/** Seconds still to wait after `count` failures, the last at `last` (0: go ahead). */
function remainingWait(count: number, last: Date | null, free: number, now: Date): number {
  if (count < free || !last) return 0;
  const waitMs = Math.min(MAX_WAIT_SECONDS, 2 ** (count - free + 1)) * 1000;
  return Math.max(0, Math.ceil((last.getTime() + waitMs - now.getTime()) / 1000));
}

async function recentFailures(key: string, since: Date): Promise<{ count: number; last: Date | null }> {
  const found = await getDb().signInFailure.aggregate({
    where: { key, createdAt: { gte: since } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return { count: found._count._all, last: found._max.createdAt };
}

export async function signInThrottle(email: string, address: string, now = new Date()): Promise<SignInThrottle> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const [pair, perAddress, account] = await Promise.all([
    recentFailures(pairKey(email, address), since),
    recentFailures(addressKey(address), since),
    recentFailures(accountKey(email), since),
  ]);
  const waitSeconds = Math.max(
    remainingWait(pair.count, pair.last, FREE_FAILURES_PER_PAIR, now),
    remainingWait(perAddress.count, perAddress.last, FREE_FAILURES_PER_ADDRESS, now),
  );
  const beyond = account.count - FREE_FAILURES_PER_ACCOUNT;
  const delayMs = beyond < 0 ? 0 : Math.min(MAX_ACCOUNT_DELAY_MS, (beyond + 1) * ACCOUNT_DELAY_STEP_MS);
  return { waitSeconds, delayMs };
}

export async function recordSignInFailure(email: string, address: string, now = new Date()): Promise<void> {
  const db = getDb();
  await db.signInFailure.createMany({
    data: [accountKey(email), addressKey(address), pairKey(email, address)].map((key) => ({ key, createdAt: now })),
  });
  // Old failures no longer count; dropping them keeps the table small.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } } });
}

/**
 * After a success: only this pair's count goes. The account's and the address's stay, or an attacker could
 * wipe their address's count by signing in to an account of their own between guesses.
 */
export async function clearPairFailures(email: string, address: string): Promise<void> {
  await getDb().signInFailure.deleteMany({ where: { key: pairKey(email, address) } });
}
