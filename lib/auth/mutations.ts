import "server-only";
import { getDb } from "@/lib/db";
import { decoyHash, hashPassword, verifyPassword } from "@/lib/auth/password";
import { clearPairFailures, recordSignInFailure, signInThrottle } from "@/lib/auth/rate-limit";
import { recordAudit } from "@/lib/audit/mutations";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "@/lib/auth/types";

export type AuthenticationResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password from a client address, throttled as lib/auth/rate-limit.ts explains. The
 * answer never tells whether the email exists: unknown accounts take the same time (a decoy hash), are
 * throttled the same way and give the same "invalid" as a wrong password. `wait` holds a throttled attempt
 * (injected by tests, which count the delay instead of sitting through it).
 */
export async function authenticate(email: string, password: string, address: string, wait: (ms: number) => Promise<void> = sleep): Promise<AuthenticationResult> {
  const throttle = await signInThrottle(email, address);
  if (throttle.waitSeconds > 0) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.waitSeconds };
  if (throttle.delayMs > 0) await wait(throttle.delayMs);
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, isActive: true } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !user.isActive || !valid) {
    await recordSignInFailure(email, address);
    return { ok: false, reason: "invalid" };
  }
  await clearPairFailures(email, address);
  return { ok: true, userId: user.id };
}

/** Changes the signed-in user's password and ends their other sessions. */
export async function changePassword(user: SessionUser, currentPassword: string, newPassword: string): Promise<void> {
  const db = getDb();
  const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(stored.passwordHash, currentPassword))) {
    throw new DomainError([{ field: "currentPassword", code: "wrongPassword" }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor: user,
      prefectureId: user.prefectureId,
      action: "UPDATE",
      entityType: "User",
      entityId: user.id,
      before: { password: "(changed)" },
      after: { password: "(changed)" },
    });
  });
}
