import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// Every page the funding cycle added, in both languages, on the seeded demonstration records
// (prisma/seed/funding-demo.ts): each answers, has a main heading, and passes axe (WCAG 2.1 A/AA). The
// journey (funding-journey.spec.ts) drives these pages in both languages; the per-step specs
// (funding-*.spec.ts) test their refusals and edge cases once, in Arabic.

const PUBLIC = [
  "/calls", "/calls/appel-2026-economie-sociale-tanger", "/calls/appel-2026-economie-sociale-tanger/apply",
  "/calls/appel-2025-revenus-jeunes-tanger",
];

// Call 1 is the open call, application 1 its first application, session 1 the decided call's held session
// with agenda item 1, grant 116 the first with a signed convention, grant 1 one without (its creation form).
const WORKSPACE = [
  "/admin/calls", "/admin/calls/new", "/admin/calls/1", "/admin/calls/1/edit",
  "/admin/applications", "/admin/applications/1", "/admin/applications/new?call=1",
  "/admin/committee", "/admin/committee/new", "/admin/committee/1", "/admin/committee/1/items/1", "/admin/committee/1/minutes",
  "/admin/grants/116/convention", "/admin/grants/116/convention/print", "/admin/grants/1/convention/edit",
];

test("the funding cycle's public pages pass axe", async ({ page, appLocale, checkA11y }) => {
  for (const path of PUBLIC) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await checkA11y();
  }
});

test("the funding cycle's workspace pages pass axe", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  await signIn(page, appLocale, DEMO.admin);
  for (const path of WORKSPACE) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
    await checkA11y();
  }
});
