import { createHmac } from "node:crypto";
import type { Cookie, Page } from "@playwright/test";
import { SESSION_COOKIE } from "../lib/auth/session-token";

// Test accounts of this run, created on the e2e database by e2e/support/test-accounts.ts before the server
// starts (scripts/e2e-server.sh). Their passwords derive from E2E_ACCOUNT_SECRET, a random value that
// playwright.config.ts draws once per run and hands to the workers and the server script through the
// environment: no password is written in the repository, and none is valid after the run.
function passwordFor(name: string): string {
  const secret = process.env.E2E_ACCOUNT_SECRET;
  if (!secret) throw new Error("E2E_ACCOUNT_SECRET is not set: run the specs through playwright.config.ts");
  return createHmac("sha256", secret).update(name).digest("base64url").slice(0, 24);
}

const account = (name: string) => ({ email: `${name}@e2e.indh.test`, password: passwordFor(name) });

/** One account per role in the seeded prefecture, and a national ADMIN. (The name is historical.) */
export const DEMO = {
  admin: account("admin"),
  staff: account("staff"),
  manager: account("manager"),
  auditor: account("auditor"),
  national: account("national"),
} as const;

/** Role and national flag of each DEMO entry, for e2e/support/test-accounts.ts. */
export const TEST_ACCOUNT_ROLES = {
  admin: { role: "ADMIN", isNational: false },
  staff: { role: "STAFF", isNational: false },
  manager: { role: "MANAGER", isNational: false },
  auditor: { role: "AUDITOR", isNational: false },
  national: { role: "ADMIN", isNational: true },
} as const;

/** A STAFF user of a second prefecture, created by e2e/support/other-prefecture.ts. */
export const OTHER_STAFF = { email: "staff.fahs-anjra@example.ma", password: passwordFor("other-staff") };

const LABELS = {
  ar: { email: "البريد الإلكتروني", password: "كلمة المرور", submit: "دخول" },
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
} as const;

// The session cookie each account got the first time it signed in through the form in this worker. Signing
// in again (some 130 times a pass) hands the browser that cookie instead of typing the password
// again: the sign-in form is sign-in.spec's subject, not every test's, and each pass through it costs a
// page, an argon2 verification and a redirect on a 2-core machine. A session that is gone (signed out,
// password changed) lands on the sign-in page, and the form is used as before.
const sessions = new Map<string, Cookie[]>();

/** Signed in as `account`, on the workspace's home page. `fresh` goes through the form whatever happened before. */
export async function signIn(page: Page, locale: "ar" | "fr", account: { email: string; password: string }, { fresh = false } = {}) {
  const home = new RegExp(`/${locale}/admin`);
  const kept = sessions.get(account.email);
  if (kept && !fresh) {
    await page.context().addCookies(kept);
    await page.goto(`/${locale}/admin`);
    if (home.test(page.url())) return;
  }
  const l = LABELS[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(l.email).fill(account.email);
  await page.getByLabel(l.password).fill(account.password);
  await page.getByRole("button", { name: l.submit }).click();
  await page.waitForURL(home);
  sessions.set(account.email, (await page.context().cookies()).filter((c) => c.name === SESSION_COOKIE));
}
