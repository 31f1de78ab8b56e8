// The dashboard's funding pipeline on the seeded demonstration data (prisma/seed/funding-demo.ts): two
// applications to the open call, twelve to the decided one (2 ineligible, 6 approved, 2 rejected, 1
// deferred, 1 reviewed and waiting), two signed conventions, one tranche paid. Other specs of the run add
// applications and decisions to the same database, so this spec checks the seeded figures as a floor and
// the stages' order; the exact arithmetic is lib/dashboards/pipeline-queries.int.test.ts's, and
// funding-journey checks that the pipeline moves by exactly one cycle.
import fs from "node:fs";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { PIPELINE_TEXT, openPipeline, readCount, readPipeline } from "./funding/pipeline";

// Once, in Arabic: this spec's refusals and edge cases do not depend on the language; the journey
// (funding-journey.spec.ts) drives these pages in French too and funding-pages.spec.ts checks them with axe.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: French is covered by the journey and funding-pages");

/** Screenshots for a person to look at, only when SHOTS_DIR is set (never in CI). */
const shot = async (target: import("@playwright/test").Locator, name: string) => {
  if (process.env.SHOTS_DIR) await target.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png` });
};
const STAGES = ["received", "eligible", "reviewed", "approved", "signed", "paid"] as const;
const SEEDED = { received: 14, eligible: 10, reviewed: 10, approved: 6, signed: 2, paid: 1 };

/** Each stage holds at least the seeded demo's figure, and no stage holds more than the one before it. */
function expectSeededFunnel(counts: Record<(typeof STAGES)[number], number>, floor: Record<(typeof STAGES)[number], number>) {
  for (const [i, stage] of STAGES.entries()) {
    expect(counts[stage], stage).toBeGreaterThanOrEqual(floor[stage]);
    if (i > 0) expect(counts[stage], stage).toBeLessThanOrEqual(counts[STAGES[i - 1]!]);
  }
}
const CSV = { ar: "تنزيل CSV", fr: "Télécharger en CSV" } as const;

// The dashboard is the app's heaviest page: axe alone takes several seconds on it under load.
test.describe.configure({ timeout: 90_000 });

test("a manager reads the seeded pipeline's stages, approval rate and median delay", async ({ page, appLocale, checkA11y }) => {
  const t = PIPELINE_TEXT[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  await openPipeline(page, appLocale);
  expectSeededFunnel(await readPipeline(page, appLocale), SEEDED);
  // The seeded demo alone: 6 approved of 8 decided (75,0 %; a deferral is no decision), median 32,5 days.
  const rates = page.getByTestId("pipeline-rates");
  await expect(rates).toContainText(t.approvalRate);
  await expect(rates).toContainText(/\d+,\d\s?%/);
  await checkA11y();
  await page.setViewportSize({ width: 1366, height: 900 });
  await shot(page.getByTestId("pipeline"), `pipeline-${appLocale}-1366`);
});

test("the pipeline narrows with the dashboard's filters, is in the CSV, and fits a phone", async ({ page, appLocale }) => {
  const t = PIPELINE_TEXT[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  // The rural communes' applications only: Sahel Chamali (open call) and seven of the decided call.
  await openPipeline(page, appLocale);
  const all = await readPipeline(page, appLocale);
  await openPipeline(page, appLocale, "zone=RURAL");
  const rural = await readPipeline(page, appLocale);
  expectSeededFunnel(rural, { received: 8, eligible: 5, reviewed: 5, approved: 3, signed: 0, paid: 0 });
  for (const stage of STAGES) expect(rural[stage], stage).toBeLessThanOrEqual(all[stage]);
  const byZone = page.getByTestId("pipeline-by-zone");
  expect(readCount(await byZone.getByRole("row").nth(1).getByRole("cell").first().innerText())).toBe(0); // urban row: nothing

  // The CSV of the whole view carries the same stage counts as the screen.
  await openPipeline(page, appLocale);
  const onScreen = await readPipeline(page, appLocale);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: CSV[appLocale] }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv).toContain(`${t.stages.received},${onScreen.received},`);
  expect(csv).toContain(`${t.stages.paid},${onScreen.paid},`);

  // On a phone the tables scroll inside their frames, never the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("pipeline").scrollIntoViewIfNeeded();
  expect(await findSidewaysOverflow(page)).toBe("");
  await shot(page.getByTestId("pipeline"), `pipeline-${appLocale}-390`);
});
