import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import type { SessionUser } from "@/lib/auth/types";
import { seedReference } from "@/prisma/seed/reference";
import { createManagedUser } from "./mutations";
import { listUsers } from "./queries";

// The first users of a province that has none yet: a national admin creates them there; a prefecture admin
// creates users in their own prefecture only, whatever the form says.
let local: SessionUser;
let national: SessionUser;
let tazaId: number;

const session = async (email: string, prefectureId: number, isNational: boolean, role: SessionUser["role"] = "ADMIN"): Promise<SessionUser> => {
  const u = await getDb().user.create({ data: { email, name: email, role, isNational, prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role, isNational, prefectureId };
};
const input = (email: string, prefectureId: number | null) => ({ email, name: email, role: "STAFF" as const, isNational: false, prefectureId, password: null });
const params = { q: "", page: 1, sort: "email" as const, dir: "asc" as const, filters: {} };

beforeAll(async () => {
  const { prefectureId } = await seedReference(getDb());
  local = await session("local-admin@test.ma", prefectureId, false);
  national = await session("national-admin@test.ma", prefectureId, true);
  tazaId = (await getDb().prefecture.findUniqueOrThrow({ where: { code: "TAZA" } })).id;
});

describe("choosing a user's prefecture", () => {
  it("a national admin creates the first user of a province, audited under that province", async () => {
    expect(await getDb().user.count({ where: { prefectureId: tazaId } })).toBe(0);
    const { id } = await createManagedUser(national, input("first.taza@test.ma", tazaId));
    expect((await getDb().user.findUniqueOrThrow({ where: { id } })).prefectureId).toBe(tazaId);
    const entry = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "User", entityId: String(id) } });
    expect(entry.prefectureId).toBe(tazaId);

    // That province's own admin then sees its users and nobody else's.
    const tazaAdmin = await session("admin.taza@test.ma", tazaId, false);
    expect((await listUsers(tazaAdmin, params)).rows.map((r) => r.email)).toEqual(["admin.taza@test.ma", "first.taza@test.ma"]);
    expect((await listUsers(local, params)).rows.map((r) => r.email)).not.toContain("first.taza@test.ma");
  });

  it("refuses a prefecture admin naming another prefecture, and creates nothing", async () => {
    const error = await createManagedUser(local, input("sneaky@test.ma", tazaId)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations).toEqual([{ field: "prefectureId", code: "nationalOnly" }]);
    expect(await getDb().user.findUnique({ where: { email: "sneaky@test.ma" } })).toBeNull();
  });

  it("a prefecture admin's users go into their own prefecture (named or not)", async () => {
    for (const [email, chosen] of [["own1@test.ma", null], ["own2@test.ma", local.prefectureId]] as const) {
      const { id } = await createManagedUser(local, input(email, chosen));
      expect((await getDb().user.findUniqueOrThrow({ where: { id } })).prefectureId).toBe(local.prefectureId);
    }
  });

  it("refuses an unknown prefecture", async () => {
    const error = await createManagedUser(national, input("nowhere@test.ma", 999_999)).then(() => null, (e: unknown) => e);
    expect((error as DomainError).violations).toEqual([{ field: "prefectureId", code: "unknownPrefecture" }]);
  });
});
