import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

const T = {
  ar: { invalid: "البريد الإلكتروني أو كلمة المرور غير صحيحين.", email: "البريد الإلكتروني", password: "كلمة المرور", submit: "دخول", signOut: "تسجيل الخروج", readOnly: "حسابكم للاطلاع فقط", users: "المستخدمون", audit: "سجل التغييرات" },
  fr: { invalid: "Adresse e-mail ou mot de passe incorrect.", email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter", signOut: "Se déconnecter", readOnly: "lecture seule", users: "Utilisateurs", audit: "Journal des modifications" },
} as const;

test("the workspace asks visitors to sign in", async ({ page, appLocale }) => {
  await page.goto(`/${appLocale}/admin`);
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/sign-in`));
});

test("a wrong password gets one message that does not say whether the email exists, and keeps the email", async ({ page, appLocale, checkA11y }) => {
  const t = T[appLocale];
  await page.goto(`/${appLocale}/sign-in`);
  await checkA11y();
  for (const email of [DEMO.staff.email, "nobody@demo.indh.ma"]) {
    await page.getByLabel(t.email).fill(email);
    await page.getByLabel(t.password).fill("not the password");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.invalid })).toBeVisible();
    await expect(page.getByLabel(t.email)).toHaveValue(email);
  }
});

test("staff sign in to a right-to-left (ar) workspace, then sign out", async ({ page, appLocale, context, checkA11y }) => {
  const t = T[appLocale];
  await signIn(page, appLocale, DEMO.staff, { fresh: true }); // through the form, whatever ran before
  await expect(page.locator("html")).toHaveAttribute("dir", appLocale === "ar" ? "rtl" : "ltr");
  const cookie = (await context.cookies()).find((c) => c.name === "indh_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await expect(page.getByRole("link", { name: t.users })).toHaveCount(0); // not an admin
  await checkA11y();
  await page.getByRole("button", { name: t.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/sign-in`));
  await page.goto(`/${appLocale}/admin`);
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/sign-in`));
});

test("a manager is told the account is read-only; an admin sees users and the audit trail", async ({ page, appLocale }) => {
  const t = T[appLocale];
  await signIn(page, appLocale, DEMO.manager, { fresh: true });
  await expect(page.getByText(t.readOnly)).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, appLocale, DEMO.admin, { fresh: true });
  await expect(page.getByRole("link", { name: t.users })).toBeVisible();
  await expect(page.getByRole("link", { name: t.audit })).toBeVisible();
});
