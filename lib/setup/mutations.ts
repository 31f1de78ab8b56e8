import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import { DomainError } from "@/lib/domain-error";
import { hasActiveAdmin } from "@/lib/setup/queries";
import { hashSetupToken, newSetupToken, sameTokenHash, SETUP_TOKEN_TTL_MS } from "@/lib/setup/token";
import type { FirstAdminInput } from "@/lib/setup/schema";

// Wrong tokens are counted per address in the sign-in failure table (keys of their own, so they neither
// lock an account nor share the sign-in limits). 192-bit tokens cannot be guessed anyway; the limit
// keeps a script from filling the logs and the CPU.
export const SETUP_FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_SETUP_FAILURES_PER_ADDRESS = 10;
const failureKey = (address: string) => `setup:ip:${address}`;

const ACTOR = { id: null, email: "system (first-run setup)" };

/**
 * A new one-time token when no active administrator exists (null otherwise). Earlier tokens stop working:
 * only the one printed by the latest start is valid.
 */
export async function issueSetupToken(now = new Date()): Promise<{ token: string; expiresAt: Date } | null> {
  if (await hasActiveAdmin()) return null;
  const token = newSetupToken();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS);
  await getDb().$transaction([
    getDb().setupToken.deleteMany({}),
    getDb().setupToken.create({ data: { tokenHash: hashSetupToken(token), expiresAt, createdAt: now } }),
  ]);
  return { token, expiresAt };
}

async function isThrottled(address: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - SETUP_FAILURE_WINDOW_MS);
  return (await getDb().signInFailure.count({ where: { key: failureKey(address), createdAt: { gte: since } } })) >= MAX_SETUP_FAILURES_PER_ADDRESS;
}

/**
 * Creates the first administrator with the console's token, which is used up in the same transaction:
 * of two simultaneous submits only one creates an account. Refusals are DomainErrors ("token" field:
 * setupTokenInvalid or setupThrottled); nothing is written but the failure count.
 */
export async function completeSetup(input: FirstAdminInput, address: string, now = new Date()): Promise<{ id: number }> {
  const db = getDb();
  if (await isThrottled(address, now)) throw new DomainError([{ field: "token", code: "setupThrottled" }]);
  const live = await db.setupToken.findFirst({ where: { usedAt: null, expiresAt: { gt: now } }, orderBy: { id: "desc" } });
  if (!live || !sameTokenHash(live.tokenHash, hashSetupToken(input.token))) {
    await db.signInFailure.create({ data: { key: failureKey(address), createdAt: now } });
    throw new DomainError([{ field: "token", code: "setupTokenInvalid" }]);
  }
  const prefecture = await db.prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } });
  if (!prefecture) throw new DomainError([{ field: "prefectureId", code: "unknownPrefecture" }]);
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const { count } = await tx.setupToken.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0 || (await tx.user.count({ where: { role: "ADMIN", isActive: true } })) > 0) {
      throw new DomainError([{ field: "token", code: "setupTokenInvalid" }]);
    }
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new DomainError([{ field: "email", code: "emailTaken" }]);
    const user = await tx.user.create({
      data: { email, name: input.name, role: "ADMIN", isNational: input.isNational, prefectureId: prefecture.id, passwordHash },
      select: { id: true, email: true, name: true, role: true, isNational: true, prefectureId: true, isActive: true },
    });
    await recordAudit(tx, { actor: ACTOR, prefectureId: user.prefectureId, action: "CREATE", entityType: "User", entityId: user.id, after: { ...user, via: "first-run setup" } });
    return { id: user.id };
  });
}
