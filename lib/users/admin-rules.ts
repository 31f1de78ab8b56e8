// Pure rules of account administration, kept apart from Prisma so they can be unit tested.
import type { SessionUser } from "@/lib/auth/types";
import type { Violation } from "@/lib/domain-error";
import type { Role } from "@/lib/auth/roles";
import { randomBytes } from "node:crypto";

type Target = { id: number; role: string; isActive: boolean; isNational: boolean };

/**
 * What an admin may not do to an account: lock themselves out (demote or deactivate their own account,
 * which could leave a prefecture without an admin), or, without national rights, touch a national
 * account (a prefecture admin could otherwise disable the people who supervise them).
 */
export function accountChangeViolations(admin: SessionUser, target: Target, next: { role: Role; isActive: boolean }): Violation[] {
  const violations: Violation[] = [];
  if (target.isNational && !admin.isNational) violations.push({ field: "role", code: "nationalOnly" });
  if (target.id === admin.id) {
    if (next.role !== target.role) violations.push({ field: "role", code: "cannotDemoteSelf" });
    if (!next.isActive) violations.push({ field: "isActive", code: "cannotDeactivateSelf" });
  }
  return violations;
}

/** 20 URL-safe characters (120 bits): above MIN_PASSWORD_LENGTH and easy to copy. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
