// The user actions through the real wrapper: a typed password is never sent back into the page, and a
// generated one is announced by its own message (shown once).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { initialFormState } from "@/lib/actions/form-state";
import { seedReference } from "@/prisma/seed/reference";
import { actAs } from "@/lib/testing/action-harness";
import { createUserAction, resetUserPasswordAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).nextMocks);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next-intl/server", async () => {
  const { keyTranslator } = await import("@/lib/testing/action-harness");
  return { getTranslations: async () => keyTranslator(), getLocale: async () => "fr" };
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const admin = await db.user.create({ data: { email: "admin@actions.test", name: "A", role: "ADMIN", prefectureId, passwordHash: "x" } });
  await actAs(admin.id);
});

describe("user actions", () => {
  it("never echoes a typed password, on refusal or success", async () => {
    const refused = await createUserAction(initialFormState, form({ email: "bad", name: "N", role: "STAFF", password: "a long enough password" }));
    expect(refused.status).toBe("error");
    expect(refused.values).toEqual({ email: "bad", name: "N", role: "STAFF" });
    const created = await createUserAction(initialFormState, form({ email: "typed@actions.test", name: "N", role: "STAFF", password: "a long enough password" }));
    expect(created).toMatchObject({ status: "success", message: "created", values: {} });
  });

  it("announces a generated password with its own message, and resets one likewise", async () => {
    const created = await createUserAction(initialFormState, form({ email: "gen@actions.test", name: "G", role: "AUDITOR" }));
    expect(created).toMatchObject({ status: "success", message: "createdWithPassword" });
    const id = (await getDb().user.findUniqueOrThrow({ where: { email: "gen@actions.test" } })).id;
    expect(await resetUserPasswordAction(id, initialFormState, form({}))).toMatchObject({ status: "success", message: "passwordResetTo" });
    expect(await resetUserPasswordAction(id, initialFormState, form({ password: "a typed new password" }))).toMatchObject({ status: "success", message: "passwordReset", values: {} });
  });
});
