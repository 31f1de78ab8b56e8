import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { formatMoney } from "@/lib/format/money";
import { moroccoTodayText, payTrancheAgainstMilestone, prepareConvention, printConvention, recordSignature } from "./funding/convention";

// Once, in Arabic: this spec's refusals and edge cases do not depend on the language; the journey
// (funding-journey.spec.ts) drives these pages in French too and funding-pages.spec.ts checks them with axe.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: French is covered by the journey and funding-pages");

/** A fresh approved grant with two unpaid tranches (e2e/support/convention-grant.ts), one per locale's run. */
function createGrant(label: string): { grantId: number; registerNumber: string } {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/convention-grant.ts", label], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  }).trim();
  const [id, registerNumber] = out.split(" ");
  return { grantId: Number(id), registerNumber: registerNumber ?? "" };
}

/** Screenshots for a person to look at, only when SHOTS_DIR is set (never in CI). */
async function shot(page: import("@playwright/test").Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

// Staff prepare the convention of an approved grant, print it, record its signature, and pay a tranche
// only once its milestone is reached; every new page passes axe, the convention page fits a phone.
test("a grant's convention: prepared, printed, signed, a tranche paid against its milestone", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  const { grantId, registerNumber } = createGrant(`e2e-${appLocale}`);
  await signIn(page, appLocale, DEMO.staff);

  const conventionId = await prepareConvention(page, appLocale, grantId);
  expect(conventionId).toBeGreaterThan(0);
  await checkA11y();
  await page.goto(`/${appLocale}/admin/grants/${grantId}/convention/edit`);
  await checkA11y();
  await shot(page, `${appLocale}-edit-1366`);

  await printConvention(page, appLocale, grantId, {
    registerNumber,
    amounts: [formatMoney(40_000_000n, appLocale), formatMoney(24_000_000n, appLocale), formatMoney(16_000_000n, appLocale)],
  });
  await checkA11y();
  await shot(page, `${appLocale}-print-1366`);

  await recordSignature(page, appLocale, grantId, moroccoTodayText());
  await payTrancheAgainstMilestone(page, appLocale, grantId);
  await checkA11y();
  await shot(page, `${appLocale}-convention-1366`);

  await page.goto(`/${appLocale}/admin/grants/${grantId}`);
  await checkA11y();
  await shot(page, `${appLocale}-grant-1366`);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${appLocale}/admin/grants/${grantId}/convention`);
  expect(await findSidewaysOverflow(page)).toBe("");
  await shot(page, `${appLocale}-convention-390`);
  await page.goto(`/${appLocale}/admin/grants/${grantId}/convention/print`);
  expect(await findSidewaysOverflow(page)).toBe("");
  await shot(page, `${appLocale}-print-390`);
});
