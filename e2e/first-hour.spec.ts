// A new person's first hour (issue 12): from any public page, the footer leads staff to the sign-in page in
// the page's language; and the accessibility check every spec relies on really finds violations.
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";

const T = {
  ar: { staffSignIn: "فضاء الموظفين: تسجيل الدخول", signInTitle: "تسجيل الدخول", email: "البريد الإلكتروني" },
  fr: { staffSignIn: "Espace du personnel : se connecter", signInTitle: "Connexion", email: "Adresse e-mail" },
} as const;

for (const path of ["", "/events", "/results"]) {
  test(`the footer of ${path || "the home page"} links to the staff sign-in, in the page's language`, async ({ page, appLocale, checkA11y }) => {
    const t = T[appLocale];
    await page.goto(`/${appLocale}${path}`);
    const link = page.getByRole("contentinfo").getByRole("link", { name: t.staffSignIn });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/${appLocale}/sign-in`);
    await checkA11y();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${appLocale}/sign-in$`));
    await expect(page.getByRole("heading", { level: 1, name: t.signInTitle })).toBeVisible();
    await expect(page.getByLabel(t.email)).toBeVisible();
  });
}

test("the accessibility check finds a violation when there is one (an image without a text alternative)", async ({ page, appLocale }) => {
  // A real page (its Content-Security-Policy applies), once loaded. Public pages are not hydrated
  // (lib/page-cache/script-free.ts), so no React takes the added element away again.
  await page.goto(`/${appLocale}/events`, { waitUntil: "networkidle" });
  await page.evaluate(() => {
    const image = document.createElement("img"); // no src: no request, no console error
    image.width = 10;
    image.height = 10;
    document.body.append(image);
  });
  const violations = await axeViolations(page, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  expect(violations.map((violation) => violation.id)).toContain("image-alt");
});
