// One demonstration account per role, for trying the app, created only when asked (DEMO_ACCOUNTS=true).
// No password is written anywhere: each account gets a random one at creation, printed once by the
// caller (the start script's console) and stored only as its hash. `npm run db:demo:remove` deletes them,
// or destroys the hash of those that already appear in the audit trail or still sign funding records.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { randomBytes } from "node:crypto";
import { hashPassword, UNUSABLE_PASSWORD_HASH } from "@/lib/auth/password";

export const DEMO_USERS = [
  { email: "admin@demo.indh.ma", name: "مسؤول تجريبي / Admin démo", role: "ADMIN", isNational: false },
  { email: "staff@demo.indh.ma", name: "موظف تجريبي / Agent démo", role: "STAFF", isNational: false },
  { email: "manager@demo.indh.ma", name: "مدير تجريبي / Responsable démo", role: "MANAGER", isNational: false },
  { email: "auditor@demo.indh.ma", name: "مدقق تجريبي / Auditeur démo", role: "AUDITOR", isNational: false },
  { email: "national@demo.indh.ma", name: "مدير وطني تجريبي / Responsable national démo", role: "MANAGER", isNational: true },
] as const;

export type CreatedDemoAccount = { email: string; role: string; isNational: boolean; password: string };

/** Creates the demonstration accounts that do not exist yet; returns them with their one-time passwords. */
export async function seedDemoUsers(db: PrismaClient, prefectureId: number): Promise<CreatedDemoAccount[]> {
  const created: CreatedDemoAccount[] = [];
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true, isDemo: true, passwordHash: true } });
    // A demo account the funding demo created to sign its reviews has no usable password yet: give it one.
    const placeholder = existing?.isDemo === true && existing.passwordHash === UNUSABLE_PASSWORD_HASH;
    if (existing && !placeholder) continue;
    const password = randomBytes(15).toString("base64url");
    const passwordHash = await hashPassword(password);
    if (existing) {
      await db.user.update({ where: { id: existing.id }, data: { passwordHash, isActive: true, passwordChangedAt: new Date(), version: { increment: 1 } } });
    } else {
      await db.user.create({ data: { ...user, prefectureId, isDemo: true, passwordHash } });
    }
    created.push({ email: user.email, role: user.role, isNational: user.isNational, password });
  }
  return created;
}

export async function removeDemoUsers(db: PrismaClient): Promise<number> {
  // Besides the audit trail, the funding records a demo account still signs once the demo data are gone
  // (a review, a document check, a screening or a paper application of a real applicant) keep it too.
  const references = { auditEntries: true, reviews: true, documentChecks: true, screenedApplications: true, recordedApplications: true, uploadedFiles: true } as const;
  const demo = await db.user.findMany({ where: { isDemo: true }, select: { id: true, _count: { select: references } } });
  const isTraced = (u: (typeof demo)[number]) => Object.values(u._count).some((n) => n > 0);
  const traced = demo.filter(isTraced).map((u) => u.id);
  const untraced = demo.filter((u) => !isTraced(u)).map((u) => u.id);
  await db.$transaction([
    // The audit trail is never rewritten, so users who appear in it are kept, deactivated, and their
    // password hash destroyed: re-activating one later does not make its old password work again.
    db.user.updateMany({ where: { id: { in: traced } }, data: { isActive: false, passwordHash: UNUSABLE_PASSWORD_HASH, version: { increment: 1 } } }),
    db.session.deleteMany({ where: { userId: { in: traced } } }),
    db.user.deleteMany({ where: { id: { in: untraced } } }),
  ]);
  return demo.length;
}
