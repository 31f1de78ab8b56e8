import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { DEFAULT_CRITERIA, DEFAULT_DOCUMENTS, publishCall, readCallResults, readPublicCall, refuseWeightsNot100, showCallResults } from "./funding/calls";

// Once, in Arabic: this spec's refusals and edge cases do not depend on the language; the journey
// (funding-journey.spec.ts) drives these pages in French too and funding-pages.spec.ts checks them with axe.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: French is covered by the journey and funding-pages");

// The calls-for-projects part on its own: staff refuse a bad grid, create and publish a call, visitors read
// it (and its deadline file), then the committee's results once shown. The lead chains the same steps
// (e2e/funding/calls.ts) into the whole funding-cycle journey.
/** With SHOTS_DIR=<dir>, screenshots of each page for a person to look at; nothing otherwise. */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

test("staff publish a call for projects; visitors read it and, later, its results", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  const run = `${appLocale}-${Date.now().toString(36)}`;
  const call = { titleAr: `طلب مشاريع التعاونيات ${run}`, titleFr: `Appel à projets des coopératives ${run}`, reference: `AAP-${run}`.toUpperCase() };
  await signIn(page, appLocale, DEMO.staff);

  await refuseWeightsNot100(page, appLocale, call);
  await checkA11y();
  await shot(page, `${appLocale}-admin-new-refused`);
  await page.goto(`/${appLocale}/admin/calls`);
  await expect(page.getByText(call.reference)).toHaveCount(0); // nothing was saved

  const { slug, id } = await publishCall(page, appLocale, call);
  await checkA11y();
  await shot(page, `${appLocale}-admin-detail`);
  await page.goto(`/${appLocale}/admin/calls`);
  await expect(page.getByRole("row", { name: new RegExp(call.reference) })).toBeVisible();
  await checkA11y();
  await page.goto(`/${appLocale}/admin/calls/${id}/edit`);
  await expect(page.getByTestId("lock-announced")).toBeVisible();
  await checkA11y();
  await shot(page, `${appLocale}-admin-edit`);

  const title = appLocale === "ar" ? call.titleAr : call.titleFr;
  await readPublicCall(page, appLocale, slug, {
    title,
    documents: DEFAULT_DOCUMENTS.map((d) => (appLocale === "ar" ? d.labelAr : d.labelFr)),
    criteria: DEFAULT_CRITERIA.map((c) => ({ label: appLocale === "ar" ? c.labelAr : c.labelFr, weight: c.weight })),
  });
  await expect(page.getByTestId("eligibility-rules").getByRole("listitem")).toHaveCount(3);
  await checkA11y();
  await shot(page, `${appLocale}-public-call`);
  const ics = await page.request.get(`/${appLocale}/calls/${slug}/calendar.ics`);
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain("BEGIN:VEVENT");

  await page.goto(`/${appLocale}/calls`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await checkA11y();
  await shot(page, `${appLocale}-public-list`);
  await page.goto(`/${appLocale}`);
  await expect(page.getByTestId("home-open-calls").getByRole("link", { name: title })).toBeVisible();
  await shot(page, `${appLocale}-home`);

  execFileSync("node_modules/.bin/tsx", ["e2e/funding/call-results-fixture.ts", String(id), run.toUpperCase()], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } });
  await showCallResults(page, appLocale, id);
  const cooperative = appLocale === "ar" ? `تعاونية ${run.toUpperCase()}-OK` : `Coopérative ${run.toUpperCase()}-OK`;
  await readCallResults(page, appLocale, slug, { applications: 2, approved: [{ cooperative, amount: /240\.000,00/ }] });
  await checkA11y();
  await shot(page, `${appLocale}-public-results`);
});

test("the calls list and the new-call form fit a phone's width", async ({ page, appLocale }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const problems: string[] = [];
  await page.goto(`/${appLocale}/calls`);
  problems.push((await findSidewaysOverflow(page)) ?? "");
  await shot(page, `${appLocale}-phone-list`);
  await signIn(page, appLocale, DEMO.staff);
  await page.goto(`/${appLocale}/admin/calls/new`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  problems.push((await findSidewaysOverflow(page)) ?? "");
  await shot(page, `${appLocale}-phone-admin-new`);
  expect(problems.filter(Boolean)).toEqual([]);
});
