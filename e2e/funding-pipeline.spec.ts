// The dashboard's funding pipeline on the seeded demonstration data (prisma/seed/funding-demo.ts): two
// applications to the open call, twelve to the decided one (2 ineligible, 6 approved, 2 rejected, 1
// deferred, 1 reviewed and waiting), two signed conventions, one tranche paid.
import fs from "node:fs";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { PIPELINE_TEXT, openPipeline, readCount, readPipeline } from "./funding/pipeline";

const SHOTS = "/work/helpers/shots/pipeline";
const CSV = { ar: "تنزيل CSV", fr: "Télécharger en CSV" } as const;

// The dashboard is the app's heaviest page: axe alone takes several seconds on it under load.
test.describe.configure({ timeout: 90_000 });

test("a manager reads the seeded pipeline's stages, approval rate and median delay", async ({ page, appLocale, checkA11y }) => {
  const t = PIPELINE_TEXT[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  await openPipeline(page, appLocale);
  expect(await readPipeline(page, appLocale)).toEqual({ received: 14, eligible: 10, reviewed: 10, approved: 6, signed: 2, paid: 1 });
  // 6 approved of 8 decided (the deferral is no decision); decisions 24 to 56 days after submission.
  const rates = page.getByTestId("pipeline-rates");
  await expect(rates).toContainText(t.approvalRate);
  await expect(rates).toContainText(/75,0\s?%/);
  await expect(rates).toContainText("32,5");
  await checkA11y();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByTestId("pipeline").screenshot({ path: `${SHOTS}/pipeline-${appLocale}-1366.png` });
});

test("the pipeline narrows with the dashboard's filters, is in the CSV, and fits a phone", async ({ page, appLocale }) => {
  const t = PIPELINE_TEXT[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  // The rural communes' applications only: Sahel Chamali (open call) and seven of the decided call.
  await openPipeline(page, appLocale, "zone=RURAL");
  expect(await readPipeline(page, appLocale)).toEqual({ received: 8, eligible: 5, reviewed: 5, approved: 3, signed: 0, paid: 0 });
  const byZone = page.getByTestId("pipeline-by-zone");
  expect(readCount(await byZone.getByRole("row").nth(1).getByRole("cell").first().innerText())).toBe(0); // urban row: nothing

  // The CSV of the whole view carries the same stage counts.
  await openPipeline(page, appLocale);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: CSV[appLocale] }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv).toContain(`${t.stages.received},14,`);
  expect(csv).toContain(`${t.stages.paid},1,`);

  // On a phone the tables scroll inside their frames, never the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("pipeline").scrollIntoViewIfNeeded();
  expect(await findSidewaysOverflow(page)).toBe("");
  await page.getByTestId("pipeline").screenshot({ path: `${SHOTS}/pipeline-${appLocale}-390.png` });
});
