// Tests create their own accounts, with a random password drawn at run time (never a demo account).
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";

type Options = { role: Role; prefectureId: number; isNational?: boolean; email?: string };

export async function createTestUser(db: PrismaClient, options: Options): Promise<{ user: SessionUser; password: string }> {
  const password = randomBytes(18).toString("base64url");
  const email = options.email ?? `${options.role.toLowerCase()}-${randomBytes(4).toString("hex")}@test.indh.invalid`;
  const isNational = options.isNational ?? false;
  const row = await db.user.create({
    data: { email, name: `Test ${options.role}`, role: options.role, isNational, prefectureId: options.prefectureId, passwordHash: await hashPassword(password) },
  });
  return { user: { id: row.id, email: row.email, name: row.name, role: options.role, isNational, prefectureId: row.prefectureId }, password };
}
