// One demonstration account per role, documented in the README. Demonstration only: `npm run
// db:demo:remove` deletes them (or deactivates those that already appear in the audit trail).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_USERS = [
  { email: "admin@demo.indh.ma", name: "مسؤول تجريبي / Admin démo", role: "ADMIN", isNational: false, password: "demo-admin-password" },
  { email: "staff@demo.indh.ma", name: "موظف تجريبي / Agent démo", role: "STAFF", isNational: false, password: "demo-staff-password" },
  { email: "manager@demo.indh.ma", name: "مدير تجريبي / Responsable démo", role: "MANAGER", isNational: false, password: "demo-manager-password" },
  { email: "auditor@demo.indh.ma", name: "مدقق تجريبي / Auditeur démo", role: "AUDITOR", isNational: false, password: "demo-auditor-password" },
  { email: "national@demo.indh.ma", name: "مدير وطني تجريبي / Responsable national démo", role: "MANAGER", isNational: true, password: "demo-national-password" },
] as const;

export async function seedDemoUsers(db: PrismaClient, prefectureId: number): Promise<void> {
  for (const { password, ...user } of DEMO_USERS) {
    if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
    await db.user.create({ data: { ...user, prefectureId, isDemo: true, passwordHash: await hashPassword(password) } });
  }
}

export async function removeDemoUsers(db: PrismaClient): Promise<number> {
  const demo = await db.user.findMany({ where: { isDemo: true }, select: { id: true, _count: { select: { auditEntries: true } } } });
  const traced = demo.filter((u) => u._count.auditEntries > 0).map((u) => u.id);
  const untraced = demo.filter((u) => u._count.auditEntries === 0).map((u) => u.id);
  await db.$transaction([
    // The audit trail is never rewritten, so users who appear in it are kept but can no longer sign in.
    db.user.updateMany({ where: { id: { in: traced } }, data: { isActive: false } }),
    db.session.deleteMany({ where: { userId: { in: traced } } }),
    db.user.deleteMany({ where: { id: { in: untraced } } }),
  ]);
  return demo.length;
}
