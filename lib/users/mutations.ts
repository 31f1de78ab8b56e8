import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/mutations";
import type { AuditActor } from "@/lib/audit/types";
import type { Role } from "@/lib/auth/roles";
import { DomainError } from "@/lib/domain-error";

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
