// Marking a grant public, as the grant page's button calls it: only an ADMIN of the grant's prefecture,
// at the version shown, with one audit entry per change and nothing written on a refusal.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { actAs } from "@/lib/testing/action-harness";
import { createGrant } from "@/lib/grants/mutations";
import { grantAudits, setUpGrantFixtures } from "@/lib/grants/test-fixtures";
import { setGrantPublicAction } from "./actions";
import { setGrantPublic } from "./mutations";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: vi.fn(() => {
    throw new Error("NEXT_REDIRECT");
  }),
}));

let grantId: number;
const users = {} as Record<"admin" | "staff" | "manager" | "otherAdmin", SessionUser>;

async function makeUser(email: string, role: Role, prefectureId: number): Promise<SessionUser> {
  const u = await getDb().user.create({ data: { email, name: email, role, prefectureId, passwordHash: "x" } });
  return { id: u.id, email, name: email, role, isNational: false, prefectureId };
}

beforeAll(async () => {
  const f = await setUpGrantFixtures();
  grantId = (await createGrant(f.staff, f.base)).id;
  const elsewhere = await getDb().prefecture.findUniqueOrThrow({ where: { code: "ELSEWHERE" } });
  users.admin = await makeUser("admin@publish.test", "ADMIN", f.staff.prefectureId);
  users.staff = await makeUser("staff@publish.test", "STAFF", f.staff.prefectureId);
  users.manager = await makeUser("manager@publish.test", "MANAGER", f.staff.prefectureId);
  users.otherAdmin = await makeUser("admin@elsewhere.test", "ADMIN", elsewhere.id);
});

const stored = () => getDb().grant.findUniqueOrThrow({ where: { id: grantId }, select: { isPublic: true, version: true } });

function submit(isPublic: boolean, version: number): Promise<FormState> {
  const data = new FormData();
  data.set("isPublic", String(isPublic));
  data.set("version", String(version));
  return setGrantPublicAction(grantId, initialFormState, data);
}

/** Submits as this user, expects a refusal and that neither the grant nor its audit trail changed. */
async function refusedAs(who: SessionUser, isPublic: boolean, version: number): Promise<FormState> {
  await actAs(who.id);
  const [before, audits] = [await stored(), (await grantAudits(grantId)).length];
  const state = await submit(isPublic, version);
  expect(await stored()).toEqual(before);
  expect(await grantAudits(grantId)).toHaveLength(audits);
  return state;
}

describe("setGrantPublicAction", () => {
  it("lets an ADMIN publish the grant, with exactly one audit entry holding before and after", async () => {
    const { version } = await stored();
    const audits = (await grantAudits(grantId)).length;
    await actAs(users.admin.id);
    await expect(submit(true, version)).rejects.toThrow("NEXT_REDIRECT");
    expect(await stored()).toEqual({ isPublic: true, version: version + 1 });
    const entries = await grantAudits(grantId);
    expect(entries).toHaveLength(audits + 1);
    expect(entries.at(-1)).toMatchObject({
      action: "UPDATE", userId: users.admin.id,
      before: JSON.stringify({ isPublic: false, version }), after: JSON.stringify({ isPublic: true, version: version + 1 }),
    });
  });

  it("lets an ADMIN withdraw it again, with one more audit entry", async () => {
    const { version } = await stored();
    const audits = (await grantAudits(grantId)).length;
    await actAs(users.admin.id);
    await expect(submit(false, version)).rejects.toThrow("NEXT_REDIRECT");
    expect(await stored()).toEqual({ isPublic: false, version: version + 1 });
    expect(await grantAudits(grantId)).toHaveLength(audits + 1);
  });

  it("refuses STAFF and MANAGER, changing nothing", async () => {
    const { version } = await stored();
    for (const who of [users.staff, users.manager]) {
      expect((await refusedAs(who, true, version)).formError).toBe("forbidden");
    }
  });

  it("refuses another prefecture's ADMIN as if the grant did not exist", async () => {
    const state = await refusedAs(users.otherAdmin, true, (await stored()).version);
    expect(state.formError).toBe("notFound");
  });

  it("refuses a stale version with a conflict showing the current state", async () => {
    const { version } = await stored();
    const state = await refusedAs(users.admin, true, version - 1);
    expect(state.status).toBe("conflict");
    expect(state.conflict).toEqual({ changes: [{ field: "isPublic", theirs: "false", yours: "true" }], currentVersion: version });
  });

  it("refuses to publish a demonstration grant, with the reason next to the button, changing nothing", async () => {
    await getDb().grant.update({ where: { id: grantId }, data: { isDemo: true } });
    try {
      const state = await refusedAs(users.admin, true, (await stored()).version);
      expect(state.fieldErrors).toEqual({ isPublic: "demoNotPublishable" });
      expect(state.values.isPublic).toBe("true");
    } finally {
      await getDb().grant.update({ where: { id: grantId }, data: { isDemo: false } });
    }
  });

  it("lets an ADMIN withdraw a demonstration grant flagged public earlier", async () => {
    await getDb().grant.update({ where: { id: grantId }, data: { isDemo: true, isPublic: true } });
    try {
      await actAs(users.admin.id);
      await expect(submit(false, (await stored()).version)).rejects.toThrow("NEXT_REDIRECT");
      expect((await stored()).isPublic).toBe(false);
    } finally {
      await getDb().grant.update({ where: { id: grantId }, data: { isDemo: false } });
    }
  });

  it("writes nothing when the grant is already in the state asked for", async () => {
    const before = await stored();
    const audits = (await grantAudits(grantId)).length;
    await actAs(users.admin.id);
    await expect(submit(before.isPublic, before.version)).rejects.toThrow("NEXT_REDIRECT");
    expect(await stored()).toEqual(before);
    expect(await grantAudits(grantId)).toHaveLength(audits);
  });
});

describe("setGrantPublic", () => {
  it("refuses a demonstration grant even when called directly by an ADMIN", async () => {
    await getDb().grant.update({ where: { id: grantId }, data: { isDemo: true } });
    try {
      const { version } = await stored();
      await expect(setGrantPublic(users.admin, grantId, { isPublic: true, version })).rejects.toThrow("demoNotPublishable");
      expect(await stored()).toEqual({ isPublic: false, version });
    } finally {
      await getDb().grant.update({ where: { id: grantId }, data: { isDemo: false } });
    }
  });

  it("refuses a user without records.publish even when called directly", async () => {
    const { version } = await stored();
    await expect(setGrantPublic(users.staff, grantId, { isPublic: true, version })).rejects.toThrow("records.publish");
    expect((await stored()).isPublic).toBe(false);
  });
});
