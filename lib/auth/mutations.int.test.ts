import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { hashPassword } from "./password";
import { authenticate } from "./mutations";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./rate-limit";

const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      { email: "staff@example.ma", name: "Staff", role: "STAFF", prefectureId, passwordHash },
      { email: "victim@example.ma", name: "Victim", role: "STAFF", prefectureId, passwordHash },
      { email: "gone@example.ma", name: "Gone", role: "STAFF", prefectureId, passwordHash, isActive: false },
    ],
  });
});

describe("authenticate", () => {
  it("accepts the right password and stores only an argon2id hash", async () => {
    const result = await authenticate("staff@example.ma", PASSWORD, "10.0.0.1");
    expect(result.ok).toBe(true);
    const stored = await getDb().user.findUniqueOrThrow({ where: { email: "staff@example.ma" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it("answers a wrong password, an unknown email and a deactivated account the same way", async () => {
    expect(await authenticate("staff@example.ma", "wrong password!", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@example.ma", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("gone@example.ma", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("blocks an account after repeated failures, even with the right password, from any address", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await authenticate("victim@example.ma", "guess " + i, `10.1.0.${i}`);
    expect(await authenticate("victim@example.ma", PASSWORD, "10.9.9.9")).toEqual({ ok: false, reason: "blocked" });
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await authenticate(`probe${i}@example.ma`, "x", "10.2.0.1");
    expect(await authenticate("staff@example.ma", PASSWORD, "10.2.0.1")).toEqual({ ok: false, reason: "blocked" });
    // Another address is not affected.
    expect((await authenticate("staff@example.ma", PASSWORD, "10.2.0.2")).ok).toBe(true);
  });
});
