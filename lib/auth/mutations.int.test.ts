import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedReference } from "@/prisma/seed/reference";
import { hashPassword } from "./password";
import { authenticate } from "./mutations";
import { FREE_FAILURES_PER_ACCOUNT, FREE_FAILURES_PER_ADDRESS, FREE_FAILURES_PER_PAIR, MAX_ACCOUNT_DELAY_MS, recordSignInFailure, signInThrottle } from "./rate-limit";

const PASSWORD = randomBytes(18).toString("base64url");
const wrong = () => randomBytes(12).toString("base64url");
const randomEmail = () => `${randomBytes(6).toString("hex")}@example.ma`;

/** A stand-in for the server-side hold that records it instead of sleeping. */
function recordingWait() {
  const held: number[] = [];
  return { held, wait: async (ms: number) => void held.push(ms) };
}

const ACCOUNTS = ["staff", "victim", "admin", "owner", "attacker", "typo"].map((name) => `${name}@example.ma`);

beforeAll(async () => {
  const db = getDb();
  const { prefectureId } = await seedReference(db);
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.createMany({
    data: [
      ...ACCOUNTS.map((email) => ({ email, name: email, role: "STAFF", prefectureId, passwordHash })),
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
    expect(await authenticate("staff@example.ma", wrong(), "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@example.ma", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("gone@example.ma", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("sign-in throttling", () => {
  it("makes one address guessing at one account wait, doubling, without checking the password; unknown emails alike", async () => {
    for (const email of ["victim@example.ma", "no-such-user@example.ma"]) {
      for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) expect((await authenticate(email, wrong(), "10.1.0.1")).ok).toBe(false);
      // Even the right password is refused while the pair waits: a throttled attempt tests nothing.
      const refused = await authenticate(email, PASSWORD, "10.1.0.1");
      expect(refused).toMatchObject({ ok: false, reason: "throttled" });
      expect(refused.ok === false && refused.reason === "throttled" && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.ok === false && refused.reason === "throttled" && refused.retryAfterSeconds).toBeLessThanOrEqual(2);
    }
    // The wait doubles with each further failure: 2 s after the 5th, 4 s after the 6th.
    const later = new Date(Date.now() + 2500);
    expect((await signInThrottle("victim@example.ma", "10.1.0.1", later)).waitSeconds).toBe(0);
    await recordSignInFailure("victim@example.ma", "10.1.0.1", later);
    expect((await signInThrottle("victim@example.ma", "10.1.0.1", later)).waitSeconds).toBe(4);
  });

  it("lets the owner in after their own typos once the short wait is over, and forgets them on success", async () => {
    const past = new Date(Date.now() - 10_000);
    for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) await recordSignInFailure("typo@example.ma", "10.4.0.1", past);
    expect((await authenticate("typo@example.ma", PASSWORD, "10.4.0.1")).ok).toBe(true);
    // The pair starts again from nothing: five more typos are answered "invalid", not "throttled".
    for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++) expect(await authenticate("typo@example.ma", wrong(), "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an address trying random emails, and not a legitimate user at another address", async () => {
    const attacker = "10.2.0.1";
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS; i++) expect(await authenticate(randomEmail(), wrong(), attacker)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(randomEmail(), wrong(), attacker)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticate("staff@example.ma", PASSWORD, attacker)).toMatchObject({ ok: false, reason: "throttled" });
    const { held, wait } = recordingWait();
    expect((await authenticate("staff@example.ma", PASSWORD, "10.2.0.2", wait)).ok).toBe(true);
    expect(held).toEqual([]); // not even slowed
  });

  it("does not let an attacker clear their address's count by signing in to an account of their own", async () => {
    const attacker = "10.5.0.1";
    for (let i = 0; i < FREE_FAILURES_PER_ADDRESS - 1; i++) await authenticate(randomEmail(), wrong(), attacker);
    expect((await authenticate("attacker@example.ma", PASSWORD, attacker)).ok).toBe(true);
    await authenticate(randomEmail(), wrong(), attacker);
    expect(await authenticate(randomEmail(), wrong(), attacker)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("slows an attack on one account spread over many addresses, but the owner still signs in from their own", async () => {
    const attackers = Array.from({ length: 6 }, (_, i) => `203.0.113.${i + 1}`);
    const { held, wait } = recordingWait();
    const answers: string[] = [];
    // Six addresses, six guesses each: more than enough failures on the account to reach the longest hold.
    for (let round = 0; round < FREE_FAILURES_PER_PAIR + 1; round++) {
      for (const address of attackers) {
        const result = await authenticate("admin@example.ma", wrong(), address, wait);
        answers.push(result.ok ? "ok" : result.reason);
      }
    }
    expect(answers.filter((a) => a === "invalid")).toHaveLength(attackers.length * FREE_FAILURES_PER_PAIR);
    expect(answers.slice(-attackers.length)).toEqual(attackers.map(() => "throttled")); // each address's 6th guess
    // Once the account has more than FREE_FAILURES_PER_ACCOUNT failures, every guess is held, at most 3 s.
    expect(held.length).toBe(attackers.length * FREE_FAILURES_PER_PAIR - FREE_FAILURES_PER_ACCOUNT);
    expect(held.at(-1)).toBe(MAX_ACCOUNT_DELAY_MS);
    expect(Math.max(...held)).toBe(MAX_ACCOUNT_DELAY_MS);

    const owner = recordingWait();
    expect((await authenticate("admin@example.ma", PASSWORD, "10.3.0.7", owner.wait)).ok).toBe(true);
    expect(owner.held).toEqual([MAX_ACCOUNT_DELAY_MS]); // held a few seconds, never refused
  });

  it("really holds an attempt at an account under attack on the server", async () => {
    const since = new Date(Date.now() - 1000);
    for (let i = 0; i <= FREE_FAILURES_PER_ACCOUNT; i++) await recordSignInFailure("owner@example.ma", `198.51.100.${i + 1}`, since);
    const started = performance.now();
    expect((await authenticate("owner@example.ma", PASSWORD, "10.6.0.1")).ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950); // 11 failures: 1 s
  });
});
