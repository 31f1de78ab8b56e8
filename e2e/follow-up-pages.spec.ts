import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { DEMO_EVENT_SLUG } from "@/prisma/seed/follow-up-demo";

// Every page the follow-up added (issue 14), in both languages, on the seeded demonstration records
// (prisma/seed/follow-up-demo.ts): each answers, has a main heading, and passes axe (WCAG 2.1 A/AA). The
// journey (follow-up.spec.ts) drives them with new records and checks axe on the pages it writes through;
// this spec covers the ones it only passes by, and the forms opened on existing records.

type DemoIds = { visitId: number; grantId: number; cooperativeId: number; eventId: number };

function demoIds(): DemoIds {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/follow-up-demo-ids.ts"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  });
  return JSON.parse(out) as DemoIds;
}

test("the follow-up's workspace and public pages pass axe", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  const ids = demoIds();
  const publicPages = [`/cooperatives/${ids.cooperativeId}`, `/events/${DEMO_EVENT_SLUG}`];
  for (const path of publicPages) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.getByTestId("public-gallery").locator("img").first(), path).toBeVisible();
    await checkA11y();
  }
  await signIn(page, appLocale, DEMO.staff);
  const workspacePages = [
    `/admin/grants/${ids.grantId}`, // its follow-up section: baseline, visits, photos
    `/admin/grants/${ids.grantId}/baseline`,
    `/admin/grants/${ids.grantId}/visits/new`,
    `/admin/visits/${ids.visitId}`,
    `/admin/visits/${ids.visitId}/edit`,
    `/admin/cooperatives/${ids.cooperativeId}`, // its publication switch
    `/admin/events/${ids.eventId}`, // gallery with a private photo missing its texts, cooperatives presented
    "/admin/dashboard/outcomes",
    "/admin/reports/committee",
  ];
  for (const path of workspacePages) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
    await checkA11y();
  }
  // The baseline form shows the grant's recorded values, the dashboard the demo's measured outcomes.
  await page.goto(`/${appLocale}/admin/grants/${ids.grantId}/baseline`);
  await expect(page.locator('[name="jobs"]')).not.toHaveValue("");
  await page.goto(`/${appLocale}/admin/dashboard/outcomes`);
  await expect(page.getByTestId("outcomes-grand-total")).not.toBeEmpty();
});
