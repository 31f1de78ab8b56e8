import type { Page } from "@playwright/test";

/** Demonstration accounts (README); the e2e server seeds them on its fresh database. */
export const DEMO = {
  admin: { email: "admin@demo.indh.ma", password: "demo-admin-password" },
  staff: { email: "staff@demo.indh.ma", password: "demo-staff-password" },
  manager: { email: "manager@demo.indh.ma", password: "demo-manager-password" },
  auditor: { email: "auditor@demo.indh.ma", password: "demo-auditor-password" },
} as const;

/** A STAFF user of a second prefecture, created by e2e/support/other-prefecture.ts. */
export const OTHER_STAFF = { email: "staff.fahs-anjra@example.ma", password: "other prefecture staff" };

const LABELS = {
  ar: { email: "البريد الإلكتروني", password: "كلمة المرور", submit: "دخول" },
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
} as const;

export async function signIn(page: Page, locale: "ar" | "fr", account: { email: string; password: string }) {
  const l = LABELS[locale];
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(l.email).fill(account.email);
  await page.getByLabel(l.password).fill(account.password);
  await page.getByRole("button", { name: l.submit }).click();
  await page.waitForURL(new RegExp(`/${locale}/admin`));
}
