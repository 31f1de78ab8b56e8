import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// Every workspace page an administrator can open, in both languages: it renders, its direction follows
// the language, axe finds no violation, and no console error (hydration included) is logged.
const PAGES = [
  "/admin",
  "/admin/account",
  "/admin/dashboard",
  "/admin/dashboard/breakdowns?zone=RURAL",
  "/admin/dashboard/outcomes",
  "/admin/dashboard/applications",
  "/admin/cooperatives",
  "/admin/cooperatives?q=nour&sort=members&dir=desc",
  "/admin/cooperatives/new",
  "/admin/cooperatives/1",
  "/admin/cooperatives/1/edit",
  "/admin/grants",
  "/admin/grants?status=COMPLETED&sort=totalCost&dir=desc",
  "/admin/grants/new",
  "/admin/grants/1",
  "/admin/grants/1/edit",
  "/admin/events",
  "/admin/events/new",
  "/admin/events/1",
  "/admin/events/1/edit",
  "/admin/organisations",
  "/admin/organisations/new",
  "/admin/organisations/1",
  "/admin/organisations/1/edit",
  "/admin/territory",
  "/admin/territory/communes/1",
  "/admin/territory/communes/new",
  "/admin/territory/places/1",
  "/admin/users",
  "/admin/users/new",
  "/admin/users/1",
  "/admin/audit",
];

test("every workspace page renders accessibly in the reader's language", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  await signIn(page, appLocale, DEMO.admin);
  for (const path of PAGES) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("dir", appLocale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await checkA11y();
  }
});

test.describe("read-only roles", () => {
  test.use({ expectedConsoleErrors: [/status of 403/] }); // the edit pages answer 403 (not allowed), on purpose

  test("a manager can open records but finds no way to change them", async ({ page, appLocale }) => {
    await signIn(page, appLocale, DEMO.manager);
    for (const kind of ["cooperatives", "grants", "events", "organisations"]) {
      await page.goto(`/${appLocale}/admin/${kind}/1`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("textarea[name=reason]")).toHaveCount(0); // no delete form
      await expect(page.locator(`a[href$="/admin/${kind}/1/edit"]`)).toHaveCount(0);
      const edit = await page.goto(`/${appLocale}/admin/${kind}/1/edit`);
      expect(edit?.status()).toBe(403);
    }
  });
});
