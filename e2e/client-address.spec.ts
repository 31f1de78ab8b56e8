// Through the real production server (server.ts, no TRUST_PROXY): the client's address is its socket's, so
// an X-Forwarded-For of the client's choosing neither dodges a limit nor makes clients share one, and the
// sign-in throttle slows an attacker without shutting the owner out.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { requestFrom, signInFrom } from "./loopback-client";

const T = {
  ar: { invalid: "البريد الإلكتروني أو كلمة المرور غير صحيحين.", throttled: /^محاولات كثيرة\. أعيدوا المحاولة بعد / },
  fr: { invalid: "Adresse e-mail ou mot de passe incorrect.", throttled: /^Trop de tentatives\. Réessayez dans \d+ secondes?\.$/ },
} as const;

// Each locale project plays its clients from its own loopback addresses: ar 127.0.1.x, fr 127.0.2.x.
const from = (locale: "ar" | "fr", host: number) => `127.0.${locale === "ar" ? 1 : 2}.${host}`;
const randomXff = () => `198.51.100.${1 + randomBytes(1)[0]! % 254}, 203.0.113.${1 + randomBytes(1)[0]! % 254}`;
const wrong = () => randomBytes(12).toString("base64url");

test("the public API counts a client by its socket, whatever X-Forwarded-For or the app's own header says", async ({ appLocale }) => {
  const remaining = async (address: string, headers: Record<string, string> = {}) => {
    const answer = await requestFrom(address, "/api/v1/figures", { headers });
    expect(answer.status).toBe(200);
    return Number(answer.headers["ratelimit-remaining"]);
  };
  const first = await remaining(from(appLocale, 1), { "x-forwarded-for": randomXff() });
  expect(await remaining(from(appLocale, 1), { "x-forwarded-for": randomXff() })).toBe(first - 1);
  expect(await remaining(from(appLocale, 1), { "x-indh-client-address": "192.0.2.77" })).toBe(first - 2);
  // Another machine (here another loopback address) has a count of its own.
  expect(await remaining(from(appLocale, 2))).toBe(first);
});

test.describe("sign-in throttling", () => {
  const account = { email: "", password: "" };

  test.beforeAll(({}, testInfo) => {
    account.email = `throttle.${testInfo.project.name}@example.ma`;
    account.password = randomBytes(18).toString("base64url");
    execFileSync("node_modules/.bin/tsx", ["e2e/support/throttle-account.ts"], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, THROTTLE_EMAIL: account.email, THROTTLE_PASSWORD: account.password },
      stdio: "inherit",
    });
  });

  test("an attacker rotating X-Forwarded-For is slowed, and the owner still signs in from their own address", async ({ appLocale }) => {
    const t = T[appLocale];
    const attacker = from(appLocale, 10);
    for (let i = 0; i < 5; i++) expect((await signInFrom(attacker, appLocale, account.email, wrong(), { "x-forwarded-for": randomXff() })).alert).toBe(t.invalid);
    const refused = await signInFrom(attacker, appLocale, account.email, account.password, { "x-forwarded-for": randomXff() });
    expect(refused.alert).toMatch(t.throttled);
    expect(refused.session).toBe(false);

    const owner = await signInFrom(from(appLocale, 11), appLocale, account.email, account.password);
    expect(owner.status).toBe(303);
    expect(owner.location).toBe(`/${appLocale}/admin`);
    expect(owner.session).toBe(true);
  });

  test("twenty random emails from one address slow that address only", async ({ appLocale }) => {
    const t = T[appLocale];
    const prober = from(appLocale, 20);
    for (let i = 0; i < 20; i++) {
      const answer = await signInFrom(prober, appLocale, `${randomBytes(6).toString("hex")}@example.ma`, wrong(), { "x-forwarded-for": randomXff() });
      expect(answer.alert).toBe(t.invalid);
    }
    expect((await signInFrom(prober, appLocale, account.email, account.password)).alert).toMatch(t.throttled);
    const elsewhere = await signInFrom(from(appLocale, 21), appLocale, account.email, account.password);
    expect(elsewhere.session).toBe(true);
  });
});
