import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { DEMO, OTHER_STAFF, signIn } from "./auth";

// A STAFF user of another prefecture types the ids of Tanger-Assilah's records into the URL: every page
// answers 404, and the lists show none of them.
test.describe("records of another prefecture", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  // The scope is the server's, whatever the language (the 404 page's French is checked by public-pages): once
  // per database, in Arabic, and in French on PostgreSQL, where CI runs the French pass (scripts/test.sh).
  test.skip(({ appLocale }) => appLocale === "fr" && process.env.E2E_DATABASE !== "postgres", "The prefecture scope does not depend on the language");

  test.beforeAll(() => {
    execFileSync("node_modules/.bin/tsx", ["e2e/support/other-prefecture.ts"], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL }, stdio: "inherit" });
  });

  test("are neither listed nor reachable by id", async ({ page, appLocale }) => {
    await signIn(page, appLocale, OTHER_STAFF);
    for (const kind of ["cooperatives", "grants", "events", "organisations"]) {
      for (const suffix of ["", "/edit"]) {
        const response = await page.goto(`/${appLocale}/admin/${kind}/1${suffix}`);
        expect(response?.status(), `${kind}/1${suffix}`).toBe(404);
      }
    }
    for (const kind of ["cooperatives", "grants", "events"]) {
      await page.goto(`/${appLocale}/admin/${kind}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("tbody tr"), kind).toHaveCount(0);
    }
    // The same list shows Tanger-Assilah's records to its own staff: the emptiness above is the scope.
  });

  test("the same lists show the records to their own prefecture's staff", async ({ page, appLocale }) => {
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/cooperatives`);
    await expect(page.locator("tbody tr").first()).toBeVisible();
    expect(await page.goto(`/${appLocale}/admin/cooperatives/1`).then((r) => r?.status())).toBe(200);
  });
});
