import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { RecordNotFoundError, VersionConflictError } from "@/lib/actions/errors";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createManagedUser, resetManagedUserPassword, updateManagedUser } from "./mutations";

let admin: SessionUser; // ADMIN of prefecture A
let national: SessionUser;
let otherPrefectureUserId: number;

async function makeUser(email: string, role: string, prefectureId: number, isNational = false): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role, prefectureId, isNational, passwordHash: "x" } });
  return { id: u.id, email: u.email, name: u.name, role: u.role as SessionUser["role"], isNational: u.isNational, prefectureId: u.prefectureId };
}

async function entriesFor(id: number) {
  return getDb().auditEntry.findMany({ where: { entityType: "User", entityId: String(id) }, orderBy: { id: "asc" } });
}

async function refused<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(() => { throw new Error("accepted"); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const other = await db.prefecture.create({ data: { code: "B", nameAr: "ب", nameFr: "B", regionId: (await db.region.findFirstOrThrow()).id } });
  admin = await makeUser("admin-a@test.ma", "ADMIN", prefectureId);
  national = await makeUser("national@test.ma", "ADMIN", prefectureId, true);
  otherPrefectureUserId = (await makeUser("staff-b@test.ma", "STAFF", other.id)).id;
});

describe("managing accounts", () => {
  it("creates an account with one audit entry that holds neither the password nor its hash", async () => {
    const password = "a very secret passphrase";
    const { id, generatedPassword } = await createManagedUser(admin, { email: "new@test.ma", name: "New", role: "STAFF", isNational: false, prefectureId: null, password });
    expect(generatedPassword).toBeNull();
    const stored = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(stored.prefectureId).toBe(admin.prefectureId);
    const entries = await entriesFor(id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "CREATE", userId: admin.id, prefectureId: admin.prefectureId, before: null });
    expect(JSON.parse(entries[0]!.after!)).toMatchObject({ email: "new@test.ma", role: "STAFF", isActive: true });
    const json = JSON.stringify(entries);
    expect(json).not.toContain(password);
    expect(json).not.toContain(stored.passwordHash);
    expect(json).not.toContain("passwordHash");
  });

  it("generates a password when none is typed, and it signs in", async () => {
    const { id, generatedPassword } = await createManagedUser(admin, { email: "gen@test.ma", name: "Gen", role: "AUDITOR", isNational: false, prefectureId: null, password: null });
    const stored = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(stored.passwordHash, generatedPassword!)).toBe(true);
    expect(JSON.stringify(await entriesFor(id))).not.toContain(generatedPassword!);
  });

  it("lets only a national admin grant national rights or pick another prefecture", async () => {
    const input = { email: "nat@test.ma", name: "Nat", role: "MANAGER" as const, isNational: true, prefectureId: null, password: null };
    await refused(createManagedUser(admin, input), DomainError);
    const { id } = await createManagedUser(national, input);
    expect((await getDb().user.findUniqueOrThrow({ where: { id } })).isNational).toBe(true);
  });

  it("updates name, role and active state with the before and after in one entry, and ends sessions on deactivation", async () => {
    const db = getDb();
    const { id } = await createManagedUser(admin, { email: "edit@test.ma", name: "Before", role: "STAFF", isNational: false, prefectureId: null, password: null });
    await db.session.create({ data: { tokenHash: "h-edit", userId: id, expiresAt: new Date(Date.now() + 60_000) } });
    await updateManagedUser(admin, id, { name: "After", role: "MANAGER", isActive: false, version: 1 });
    const entries = await entriesFor(id);
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!.before!)).toMatchObject({ name: "Before", role: "STAFF", isActive: true });
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ name: "After", role: "MANAGER", isActive: false });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    // A second editor still holding version 1 is refused, and nothing is written.
    const conflict = await refused(updateManagedUser(admin, id, { name: "Stale", role: "STAFF", isActive: true, version: 1 }), VersionConflictError);
    expect(conflict.current).toMatchObject({ name: "After", role: "MANAGER", isActive: "" });
    expect(await entriesFor(id)).toHaveLength(2);
  });

  it("refuses an admin demoting or deactivating their own account", async () => {
    const version = (await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).version;
    const demote = await refused(updateManagedUser(admin, admin.id, { name: "A", role: "STAFF", isActive: true, version }), DomainError);
    expect(demote.violations).toEqual([{ field: "role", code: "cannotDemoteSelf" }]);
    const deactivate = await refused(updateManagedUser(admin, admin.id, { name: "A", role: "ADMIN", isActive: false, version }), DomainError);
    expect(deactivate.violations).toEqual([{ field: "isActive", code: "cannotDeactivateSelf" }]);
    expect(await entriesFor(admin.id)).toHaveLength(0);
  });

  it("resets a password, ends the sessions and audits it without the password", async () => {
    const db = getDb();
    const { id } = await createManagedUser(admin, { email: "reset@test.ma", name: "R", role: "STAFF", isNational: false, prefectureId: null, password: null });
    await db.session.create({ data: { tokenHash: "h-reset", userId: id, expiresAt: new Date(Date.now() + 60_000) } });
    const password = "brand new passphrase";
    expect(await resetManagedUserPassword(admin, id, { password })).toEqual({ generatedPassword: null });
    const stored = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    const entries = await entriesFor(id);
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!.after!)).toMatchObject({ passwordReset: true, sessionsEnded: 1 });
    expect(JSON.stringify(entries)).not.toContain(password);
    expect(JSON.stringify(entries)).not.toContain(stored.passwordHash);
  });

  it("treats another prefecture's account as not found, but a national admin reaches it", async () => {
    const before = await getDb().auditEntry.count();
    await refused(updateManagedUser(admin, otherPrefectureUserId, { name: "X", role: "STAFF", isActive: false, version: 1 }), RecordNotFoundError);
    await refused(resetManagedUserPassword(admin, otherPrefectureUserId, { password: null }), RecordNotFoundError);
    expect(await getDb().auditEntry.count()).toBe(before);
    await updateManagedUser(national, otherPrefectureUserId, { name: "Renamed", role: "STAFF", isActive: true, version: 1 });
    const [entry] = await entriesFor(otherPrefectureUserId);
    expect(entry?.prefectureId).not.toBe(admin.prefectureId); // filed under the account's own prefecture
  });

  it("keeps national accounts out of a prefecture admin's reach", async () => {
    const version = (await getDb().user.findUniqueOrThrow({ where: { id: national.id } })).version;
    await refused(updateManagedUser(admin, national.id, { name: "N", role: "ADMIN", isActive: false, version }), DomainError);
    await refused(resetManagedUserPassword(admin, national.id, { password: null }), DomainError);
  });
});
