// The first-run setup against a real database: the token works once, expires, is replaced by the next
// start's, is throttled per address, and only while no active administrator exists.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/domain-error";
import { authenticate } from "@/lib/auth/mutations";
import { seedReference } from "@/prisma/seed/reference";
import { isSetupOpen } from "./queries";
import { completeSetup, issueSetupToken, MAX_SETUP_FAILURES_PER_ADDRESS } from "./mutations";
import { SETUP_TOKEN_TTL_MS } from "./token";
import type { FirstAdminInput } from "./schema";
import { randomBytes } from "node:crypto";

let prefectureId: number;
const password = () => randomBytes(18).toString("base64url");
const input = (token: string, email: string, pw = password()): FirstAdminInput => ({ token, name: "Première administratrice", email, prefectureId, isNational: true, password: pw, confirmPassword: pw });

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => { throw new Error("accepted"); }, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).violations.map((v) => `${v.field}:${v.code}`);
}

beforeAll(async () => {
  ({ prefectureId } = await seedReference(getDb()));
});

beforeEach(async () => {
  const db = getDb();
  await db.session.deleteMany();
  // Earlier tests' accounts are retired, not deleted: their audit entries stay, as the trail is append-only
  // (lib/audit/append-only.test.ts), and setup only looks for an active administrator.
  await db.user.updateMany({ data: { isActive: false } });
  await db.setupToken.deleteMany();
  await db.signInFailure.deleteMany();
});

describe("first-run setup", () => {
  it("creates the first administrator once; then the token and the page are gone", async () => {
    const issued = (await issueSetupToken())!;
    expect(await isSetupOpen()).toBe(true);
    const stored = await getDb().setupToken.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(issued.token);

    const pw = password();
    const { id } = await completeSetup(input(issued.token, "Premiere@Example.ma", pw), "10.0.0.1");
    const admin = await getDb().user.findUniqueOrThrow({ where: { id } });
    expect(admin).toMatchObject({ email: "premiere@example.ma", role: "ADMIN", isNational: true, isActive: true, isDemo: false });
    expect(await authenticate("premiere@example.ma", pw, "10.0.0.1")).toMatchObject({ ok: true });
    const audit = await getDb().auditEntry.findFirstOrThrow({ where: { entityType: "User", entityId: String(id) } });
    expect(audit.after).not.toContain(pw);

    expect(await isSetupOpen()).toBe(false);
    expect(await refusal(completeSetup(input(issued.token, "second@example.ma"), "10.0.0.1"))).toEqual(["token:setupTokenInvalid"]);
    expect(await getDb().user.count({ where: { isActive: true } })).toBe(1);
    expect(await issueSetupToken()).toBeNull(); // an active administrator exists: no token at start
  });

  it("refuses an expired token, and an earlier token once a later start printed a new one", async () => {
    const start = new Date();
    const first = (await issueSetupToken(start))!;
    const later = new Date(start.getTime() + SETUP_TOKEN_TTL_MS + 1000);
    expect(await refusal(completeSetup(input(first.token, "late@example.ma"), "10.0.0.2", later))).toEqual(["token:setupTokenInvalid"]);
    expect(await isSetupOpen(later)).toBe(false);

    const second = (await issueSetupToken())!;
    expect(await refusal(completeSetup(input(first.token, "old@example.ma"), "10.0.0.2"))).toEqual(["token:setupTokenInvalid"]);
    await completeSetup(input(second.token, "new@example.ma"), "10.0.0.2");
    expect((await getDb().user.findMany({ where: { isActive: true } })).map((u) => u.email)).toEqual(["new@example.ma"]);
  });

  it("throttles wrong tokens per address, without locking out other addresses", async () => {
    const { token } = (await issueSetupToken())!;
    for (let i = 0; i < MAX_SETUP_FAILURES_PER_ADDRESS; i++) {
      expect(await refusal(completeSetup(input(`${token}x`, "guess@example.ma"), "10.0.0.3"))).toEqual(["token:setupTokenInvalid"]);
    }
    // The right token is refused too from that address for a while: guessing gets no answer at all.
    expect(await refusal(completeSetup(input(token, "guess@example.ma"), "10.0.0.3"))).toEqual(["token:setupThrottled"]);
    await completeSetup(input(token, "owner@example.ma"), "10.0.0.4");
    expect(await getDb().user.count({ where: { isActive: true } })).toBe(1);
  });

  it("creates one administrator when the same token is submitted twice at once", async () => {
    const { token } = (await issueSetupToken())!;
    const outcomes = await Promise.allSettled([completeSetup(input(token, "a@example.ma"), "10.0.0.5"), completeSetup(input(token, "b@example.ma"), "10.0.0.6")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(await getDb().user.count({ where: { role: "ADMIN", isActive: true } })).toBe(1);
  });

  it("opens again when no administrator is active any more (all deactivated)", async () => {
    const { token } = (await issueSetupToken())!;
    await completeSetup(input(token, "first@example.ma"), "10.0.0.7");
    await getDb().user.updateMany({ data: { isActive: false } });
    const again = await issueSetupToken();
    expect(again).not.toBeNull();
    expect(await isSetupOpen()).toBe(true);
  });
});
