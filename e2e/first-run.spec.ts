// A fresh production start (`npm start` on an empty database, NODE_ENV=production, a public
// PUBLIC_BASE_URL) has no account that any password of the repository opens; the first administrator is
// created through the documented path: the one-time token printed in the server's console, at /setup.
import { execFileSync } from "node:child_process";
import { statSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { startFreshServer, type FreshServer } from "./support/fresh-server";
import { DEMO_USERS } from "../prisma/seed/demo-users";
import { repositoryPasswordCandidates } from "../lib/testing/repository-passwords";

const T = {
  ar: {
    email: "البريد الإلكتروني", password: "كلمة المرور", submit: "دخول", invalid: "البريد الإلكتروني أو كلمة المرور غير صحيحين.",
    setupLink: "الإعداد الأول: إنشاء حساب المسؤول", setupTitle: "الإعداد الأول: إنشاء حساب المسؤول", token: "رمز الإعداد", name: "الاسم الكامل",
    national: "صلاحيات وطنية (جميع العمالات والأقاليم)", confirm: "تأكيد كلمة المرور", create: "إنشاء حساب المسؤول",
    tokenInvalid: "رمز الإعداد غير صحيح", differ: "كلمتا المرور غير متطابقتين", done: "أُنشئ حساب المسؤول", banner: "npm run db:demo:remove", workspace: "فضاء العمل",
  },
  fr: {
    email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter", invalid: "Adresse e-mail ou mot de passe incorrect.",
    setupLink: "Première configuration : créer le compte administrateur", setupTitle: "Première configuration : créer le compte administrateur", token: "Code de configuration", name: "Nom complet",
    national: "Droits nationaux (toutes les préfectures et provinces)", confirm: "Confirmer le mot de passe", create: "Créer le compte administrateur",
    tokenInvalid: "Code de configuration incorrect", differ: "Les deux mots de passe ne sont pas identiques", done: "Le compte administrateur a été créé", banner: "npm run db:demo:remove", workspace: "Espace de travail",
  },
} as const;

let server: FreshServer;

test.describe.configure({ mode: "serial", timeout: 240_000 });
// The setup page answers 404 once used; Chromium logs the status of that document.
test.use({ expectedConsoleErrors: [/status of 404/] });

test.beforeAll(async () => {
  test.setTimeout(200_000); // migrations, the demonstration seed and a server start, on a shared machine
  server = await startFreshServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test("a fresh production start has no account that a password of the repository opens", async ({ page, appLocale, checkA11y }) => {
  const t = T[appLocale];
  const report = JSON.parse(
    execFileSync("node_modules/.bin/tsx", ["e2e/support/account-passwords.ts"], { env: { ...process.env, DATABASE_URL: server.databaseUrl }, encoding: "utf8" }).trim().split("\n").pop()!,
  ) as { accounts: string[]; inactive: string[]; candidates: number; matches: string[] };
  expect(report.candidates).toBeGreaterThan(50);
  // No account can sign in before the setup token makes the first administrator; the demo's inactive
  // reviewers (no usable password) are open to no candidate either.
  expect(report).toMatchObject({ accounts: [], matches: [] });
  expect(report.inactive.every((email) => email.endsWith("@demo.indh.ma"))).toBe(true);

  // Through the sign-in form too: each demo address with the repository's strings that look most like its
  // password (three per address keeps under the per-address limit of 20 failures, so every answer is a real check).
  const candidates = repositoryPasswordCandidates();
  await page.goto(`${server.url}/${appLocale}/sign-in`);
  for (const { email, role } of DEMO_USERS) {
    const likely = candidates.filter((c) => c.toLowerCase().includes(role.toLowerCase()) || /pass/i.test(c)).slice(0, 3);
    for (const password of likely) {
      await page.getByLabel(t.email).fill(email);
      await page.getByLabel(t.password).fill(password);
      await page.getByRole("button", { name: t.submit }).click();
      // The answer has arrived when the form is reset (the password is never refilled); the alert alone
      // may still be the previous attempt's.
      await expect(page.getByLabel(t.password)).toHaveValue("");
      await expect(page.getByRole("alert").filter({ hasText: t.invalid })).toBeVisible();
    }
  }
  expect(page.url()).toContain(`/${appLocale}/sign-in`);
  await expect(page.getByRole("link", { name: t.setupLink })).toBeVisible();
  await checkA11y();
});

test("the console's one-time token creates the first administrator, who signs in; then the token no longer works", async ({ page, context, appLocale, checkA11y }) => {
  const t = T[appLocale];
  const printed = /FIRST-RUN SETUP[\s\S]*?\n {4}([\w-]{32})\n/.exec(server.output());
  expect(printed, server.output()).not.toBeNull();
  const token = printed![1]!;
  expect(server.output()).toContain("https://indh.example.ma/ar/setup");
  expect(readFileSync(server.tokenFile, "utf8").trim()).toBe(token);
  expect(statSync(server.tokenFile).mode & 0o777).toBe(0o600);

  await page.goto(`${server.url}/${appLocale}/sign-in`);
  await page.getByRole("link", { name: t.setupLink }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.setupTitle })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", appLocale === "ar" ? "rtl" : "ltr");
  await checkA11y();
  // A second tab opened on the form now, to try the same token once it has been used.
  const late = await context.newPage();
  await late.goto(`${server.url}/${appLocale}/setup`);

  const email = `first.admin.${appLocale}@example.ma`;
  const password = randomBytes(18).toString("base64url");
  // A wrong token and a confirmation that differs: messages next to the fields, nothing typed lost.
  await page.getByLabel(t.token).fill(`${token}x`);
  await page.getByLabel(t.name).fill("Nadia Amrani");
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.national).check();
  await page.getByLabel(new RegExp(`^${t.password}`)).fill(password);
  await page.getByLabel(t.confirm).fill(`${password}-`);
  await page.getByRole("button", { name: t.create }).click();
  await expect(page.locator("#field-confirmPassword-error")).toContainText(t.differ);
  await expect(page.getByLabel(t.name)).toHaveValue("Nadia Amrani");
  await expect(page.getByLabel(t.email)).toHaveValue(email);
  await expect(page.getByLabel(t.national)).toBeChecked();
  await page.getByLabel(new RegExp(`^${t.password}`)).fill(password);
  await page.getByLabel(t.confirm).fill(password);
  await page.getByRole("button", { name: t.create }).click();
  await expect(page.locator("#field-token-error")).toContainText(t.tokenInvalid);
  await expect(page.getByLabel(t.token)).toHaveValue(`${token}x`);
  await checkA11y();

  await page.getByLabel(t.token).fill(token);
  await page.getByLabel(new RegExp(`^${t.password}`)).fill(password);
  await page.getByLabel(t.confirm).fill(password);
  await page.getByRole("button", { name: t.create }).click();
  await page.waitForURL(new RegExp(`/${appLocale}/sign-in\\?setup=done`));
  await expect(page.getByRole("status").filter({ hasText: t.done })).toBeVisible();
  await expect(page.getByRole("link", { name: t.setupLink })).toHaveCount(0);

  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password).fill(password);
  await page.getByRole("button", { name: t.submit }).click();
  await page.waitForURL(new RegExp(`/${appLocale}/admin`));
  // The demo records of a first start are there, and the workspace says how to remove them.
  await expect(page.getByTestId("demo-banner")).toContainText(t.banner);
  await checkA11y();

  // The same token from the tab opened before: refused. The page itself is gone.
  await late.getByLabel(t.token).fill(token);
  await late.getByLabel(t.name).fill("Intrus");
  await late.getByLabel(t.email).fill(`late.${appLocale}@example.ma`);
  await late.getByLabel(new RegExp(`^${t.password}`)).fill(password);
  await late.getByLabel(t.confirm).fill(password);
  await late.getByRole("button", { name: t.create }).click();
  await expect(late.locator("#field-token-error")).toContainText(t.tokenInvalid);
  expect((await page.goto(`${server.url}/${appLocale}/setup`))?.status()).toBe(404);
});
