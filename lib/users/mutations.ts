import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/types";
import type { Role } from "@/lib/auth/roles";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { prefectureScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/types";
import { accountChangeViolations, generatePassword } from "@/lib/users/admin-rules";
import type { ResetPasswordInput, UserCreateInput, UserUpdateInput } from "@/lib/users/schema";

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  isNational: boolean;
  prefectureId: number;
  password: string;
  isDemo?: boolean;
};

/** Creates an account; the audit entry never contains the password or its hash. */
export async function createUser(input: NewUser, actor: AuditActor): Promise<{ id: number }> {
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new DomainError([{ field: "email", code: "emailTaken" }]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, isNational: input.isNational, prefectureId: input.prefectureId, passwordHash, isDemo: input.isDemo ?? false },
      select: { id: true, email: true, name: true, role: true, isNational: true, prefectureId: true, isActive: true },
    });
    await recordAudit(tx, { actor, prefectureId: user.prefectureId, action: "CREATE", entityType: "User", entityId: user.id, after: user });
    return { id: user.id };
  });
}

// ---------- Administration from the workspace (users.manage) ----------

const SNAPSHOT = { id: true, email: true, name: true, role: true, isNational: true, prefectureId: true, isActive: true } as const;

/** The account if the admin may see it (their prefecture, or any for a national admin). */
async function findManagedUser(admin: SessionUser, id: number) {
  const user = await getDb().user.findFirst({ where: { id, ...prefectureScope(admin) }, select: { ...SNAPSHOT, version: true } });
  if (!user) throw new RecordNotFoundError();
  return user;
}

/**
 * Creates an account from the workspace. Only a national admin may grant national rights or choose
 * another prefecture. Returns the generated password (to show once) when none was typed.
 */
export async function createManagedUser(admin: SessionUser, input: UserCreateInput): Promise<{ id: number; generatedPassword: string | null }> {
  if (input.isNational && !admin.isNational) throw new DomainError([{ field: "isNational", code: "nationalOnly" }]);
  let prefectureId = admin.prefectureId;
  // A prefecture admin's form has no prefecture select: another prefecture's id means a tampered form.
  if (!admin.isNational && input.prefectureId !== null && input.prefectureId !== admin.prefectureId) {
    throw new DomainError([{ field: "prefectureId", code: "nationalOnly" }]);
  }
  if (admin.isNational && input.prefectureId !== null) {
    const prefecture = await getDb().prefecture.findUnique({ where: { id: input.prefectureId }, select: { id: true } });
    if (!prefecture) throw new DomainError([{ field: "prefectureId", code: "unknownPrefecture" }]);
    prefectureId = prefecture.id;
  }
  const generatedPassword = input.password === null ? generatePassword() : null;
  const { id } = await createUser(
    { email: input.email, name: input.name, role: input.role, isNational: input.isNational, prefectureId, password: input.password ?? generatedPassword! },
    admin,
  );
  return { id, generatedPassword };
}

/** Name, role and active state; deactivating also ends the account's sessions. Accounts are never deleted. */
export async function updateManagedUser(admin: SessionUser, id: number, input: UserUpdateInput): Promise<void> {
  const current = await findManagedUser(admin, id);
  const violations = accountChangeViolations(admin, current, input);
  if (violations.length > 0) throw new DomainError(violations);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id, version: input.version },
      data: { name: input.name, role: input.role, isActive: input.isActive, version: { increment: 1 } },
    });
    if (count === 0) {
      const stored = await tx.user.findUniqueOrThrow({ where: { id }, select: { name: true, role: true, isActive: true, version: true } });
      throw new VersionConflictError({ name: stored.name, role: stored.role, isActive: stored.isActive ? "on" : "" }, stored.version);
    }
    if (!input.isActive) await tx.session.deleteMany({ where: { userId: id } });
    const { version: _version, ...before } = current;
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: SNAPSHOT });
    await recordAudit(tx, { actor: admin, prefectureId: current.prefectureId, action: "UPDATE", entityType: "User", entityId: id, before, after });
  });
}

/**
 * Sets a new password (typed, or generated and returned to show once) and ends every session of the
 * account. The audit entry records that and when it happened, never the password or its hash.
 */
export async function resetManagedUserPassword(admin: SessionUser, id: number, input: ResetPasswordInput): Promise<{ generatedPassword: string | null }> {
  const current = await findManagedUser(admin, id);
  if (current.isNational && !admin.isNational) throw new DomainError([{ field: "password", code: "nationalOnly" }]);
  const generatedPassword = input.password === null ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { passwordChangedAt: true } });
    const passwordChangedAt = new Date();
    await tx.user.update({ where: { id }, data: { passwordHash, passwordChangedAt, version: { increment: 1 } } });
    const { count } = await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, {
      actor: admin,
      prefectureId: current.prefectureId,
      action: "UPDATE",
      entityType: "User",
      entityId: id,
      before: { passwordChangedAt: before.passwordChangedAt },
      after: { passwordChangedAt, passwordReset: true, sessionsEnded: count },
    });
  });
  return { generatedPassword };
}
