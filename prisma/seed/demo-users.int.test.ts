// Demonstration accounts: none unless asked; random passwords known only to the one who seeded; removal
// deletes them or destroys their hash, so an administrator re-activating one cannot bring a password back.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/mutations";
import { recordAudit } from "@/lib/audit/mutations";
import { resetManagedUserPassword, updateManagedUser } from "@/lib/users/mutations";
import { createTestUser } from "@/lib/testing/test-user";
import { repositoryPasswordCandidates } from "@/lib/testing/repository-passwords";
import { seedAll } from "./seed-all";
import { DEMO_USERS, removeDemoUsers, type CreatedDemoAccount } from "./demo-users";
import { removeDemo } from "./demo";

let created: CreatedDemoAccount[];
let prefectureId: number;

beforeAll(async () => {
  const db = getDb();
  ({ prefectureId } = await seedAll(db, { demo: true }));
  // Demo records alone bring no account that can sign in: the funding demo's reviews are signed by the demo
  // staff and admin accounts, created inactive and without a password (prisma/seed/funding-demo.ts).
  const users = await db.user.findMany();
  expect(users.map((u) => u.email).sort()).toEqual(["admin@demo.indh.ma", "staff@demo.indh.ma"]);
  expect(users.every((u) => !u.isActive && u.passwordHash === UNUSABLE_PASSWORD_HASH)).toBe(true);
  created = (await seedAll(db, { demo: true, demoAccounts: true })).demoAccounts;
});

describe("demonstration accounts", () => {
  it("are created only when asked, each with its own random password that only its hash keeps", async () => {
    expect(created.map((a) => a.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(new Set(created.map((a) => a.password)).size).toBe(created.length);
    for (const account of created) {
      expect(account.password.length).toBeGreaterThanOrEqual(20);
      const stored = await getDb().user.findUniqueOrThrow({ where: { email: account.email } });
      expect(stored.isDemo).toBe(true);
      expect(stored.passwordHash).not.toContain(account.password);
      expect(await verifyPassword(stored.passwordHash, account.password)).toBe(true);
    }
    // Seeding again creates nothing and prints no password.
    expect((await seedAll(getDb(), { demo: true, demoAccounts: true })).demoAccounts).toEqual([]);
  });

  it("have no password that is written in the repository", async () => {
    const written = new Set(repositoryPasswordCandidates());
    expect(written.size).toBeGreaterThan(50); // the scan did read the repository
    expect(created.filter((a) => written.has(a.password))).toEqual([]);
  });

  it("are deleted by db:demo:remove, or kept without any usable password when the audit trail names them", async () => {
    const db = getDb();
    const staff = created.find((a) => a.role === "STAFF")!;
    const staffRow = await db.user.findUniqueOrThrow({ where: { email: staff.email } });
    await db.$transaction((tx) =>
      recordAudit(tx, { actor: { id: staffRow.id, email: staffRow.email }, prefectureId, action: "UPDATE", entityType: "Cooperative", entityId: 1 }),
    );
    await db.session.create({ data: { tokenHash: "demo-staff-session", userId: staffRow.id, expiresAt: new Date(Date.now() + 3_600_000) } });

    // As `npm run db:demo:remove` does: the demo data (and the reviews the accounts signed) first.
    await removeDemo(db);
    expect(await removeDemoUsers(db)).toBe(DEMO_USERS.length);
    const left = await db.user.findMany({ where: { isDemo: true } });
    expect(left.map((u) => u.email)).toEqual([staff.email]);
    expect(left[0]).toMatchObject({ isActive: false, passwordHash: UNUSABLE_PASSWORD_HASH });
    expect(await db.session.count({ where: { userId: staffRow.id } })).toBe(0);
    expect(await authenticate(staff.email, staff.password, "demo-test")).toEqual({ ok: false, reason: "invalid" });

    // An administrator re-activates the account: it still cannot sign in until a new password is set.
    const { user: admin } = await createTestUser(db, { role: "ADMIN", prefectureId });
    const kept = await db.user.findUniqueOrThrow({ where: { id: staffRow.id } });
    await updateManagedUser(admin, kept.id, { name: kept.name, role: "STAFF", isActive: true, version: kept.version });
    expect((await db.user.findUniqueOrThrow({ where: { id: kept.id } })).isActive).toBe(true);
    expect(await authenticate(staff.email, staff.password, "demo-test")).toEqual({ ok: false, reason: "invalid" });
    const { generatedPassword } = await resetManagedUserPassword(admin, kept.id, { password: null });
    expect(await authenticate(staff.email, generatedPassword!, "demo-test")).toMatchObject({ ok: true });
  });
});
