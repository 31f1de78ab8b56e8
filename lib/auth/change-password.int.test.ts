import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "./types";
import { hashPassword, verifyPassword } from "./password";
import { changePassword } from "./mutations";

let user: SessionUser;

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const row = await db.user.create({ data: { email: "me@example.ma", name: "Me", role: "STAFF", prefectureId, passwordHash: await hashPassword("the old password") } });
  await db.session.createMany({ data: [1, 2].map((n) => ({ tokenHash: `session-${n}`, userId: row.id, expiresAt: new Date(Date.now() + 3_600_000) })) });
  user = { id: row.id, email: row.email, name: row.name, role: "STAFF", isNational: false, prefectureId };
});

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const before = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    await expect(changePassword(user, "not it", "a brand new password")).rejects.toBeInstanceOf(DomainError);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(2);
  });

  it("changes it, ends every session, and audits the change without the password", async () => {
    await changePassword(user, "the old password", "a brand new password");
    const stored = await getDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, "a brand new password")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "the old password")).toBe(false);
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
    const entries = await getDb().auditEntry.findMany({ where: { entityType: "User", entityId: String(user.id) } });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain("brand new");
    expect(JSON.stringify(entries)).not.toContain(stored.passwordHash);
  });
});
