// The public application form (with and without JavaScript), one refused file, the receipt and the private
// follow-up page, in Arabic and French, on a call made for this run (e2e/support/funding-call.ts).
import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { byLabel, applyMessages, oversizedMessages, applyWithJavaScript, applyWithoutJavaScript, fillApplication, followApplication, sampleApplication, validationMessages } from "./funding/apply";

// Once, in Arabic: this spec's refusals and edge cases do not depend on the language; the journey
// (funding-journey.spec.ts) drives these pages in French too and funding-pages.spec.ts checks them with axe.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: French is covered by the journey and funding-pages");

type Call = { id: number; slug: string; documentIds: number[] };

function createCall(name: string): Call {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/funding-call.ts", name], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL }, encoding: "utf8" });
  return JSON.parse(out) as Call;
}

// The unknown follow-up link answers 404 on purpose; the browser logs it.
test.use({ expectedConsoleErrors: [/status of 404/] });

/** Screenshots for a person to look at go to SHOTS_DIR when it is set (never in CI). */
const SHOTS = process.env.SHOTS_DIR;
const run = Date.now().toString(36);

test("a cooperative applies with and without JavaScript and follows its application", async ({ page, browser, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  const call = createCall(`apply-${appLocale}-${run}`);
  const t = applyMessages(appLocale);

  await page.goto(`/${appLocale}/calls/${call.slug}/apply`);
  await checkA11y();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/form-${appLocale}-1366.png`, fullPage: true }).catch(() => undefined);

  const withJs = await applyWithJavaScript(page, appLocale, call.slug, sampleApplication(`RC-JS-${appLocale}-${run}`));
  await checkA11y();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/receipt-${appLocale}-1366.png`, fullPage: true }).catch(() => undefined);

  await followApplication(page, appLocale, withJs.followUrl, t.follow.statuses.RECEIVED);
  await expect(page.getByText(withJs.receiptCode)).toBeVisible();
  await checkA11y();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/follow-${appLocale}-1366.png`, fullPage: true }).catch(() => undefined);

  const withoutJs = await applyWithoutJavaScript(browser, appLocale, call.slug, sampleApplication(`RC-NOJS-${appLocale}-${run}`));
  expect(withoutJs.receiptCode).not.toBe(withJs.receiptCode);
  await followApplication(page, appLocale, withoutJs.followUrl, t.follow.statuses.RECEIVED);

  // An unknown token is a 404, not someone else's application.
  const unknown = await page.goto(`/${appLocale}/application/${"A".repeat(32)}`);
  expect(unknown?.status()).toBe(404);
});

test("without JavaScript, files past the 20 MB limit get a page saying so, and Back returns to the typed form", async ({ browser, appLocale }) => {
  test.setTimeout(120_000);
  const call = createCall(`apply-oversized-${appLocale}-${run}`);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}` });
  try {
    const page = await context.newPage();
    await page.goto(`/${appLocale}/calls/${call.slug}/apply`);
    const data = sampleApplication(`RC-BIG-${appLocale}-${run}`);
    // A 25 MB scan: without JavaScript nothing checks its size before it is sent.
    data.documents[0] = { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(25 * 1024 * 1024, 32)]) };
    await fillApplication(page, appLocale, data);
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: applyMessages(appLocale).submit }).click();
    expect((await answer).status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1, name: oversizedMessages(appLocale).title })).toBeVisible();
    await page.goBack();
    await expect(byLabel(page, applyMessages(appLocale).fields.registerNumber)).toHaveValue(data.registerNumber);
    await expect(byLabel(page, applyMessages(appLocale).fields.projectTitle)).toHaveValue(data.projectTitle);
  } finally {
    await context.close();
  }
});

test.describe("at a phone's width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("an HTML page named .pdf is refused next to its document, and the typed fields stay", async ({ page, appLocale, checkA11y }) => {
    test.setTimeout(90_000); // a long form: under load, filling it alone can take half a minute
    const call = createCall(`apply-refused-${appLocale}-${run}`);
    await page.goto(`/${appLocale}/calls/${call.slug}/apply`);
    expect(await findSidewaysOverflow(page)).toBe("");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/form-${appLocale}-390.png`, fullPage: true }).catch(() => undefined);
    const data = sampleApplication(`RC-BAD-${appLocale}-${run}`);
    data.documents[0] = { name: "lettre.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script></html>") };
    await fillApplication(page, appLocale, data);
    await page.getByRole("button", { name: applyMessages(appLocale).submit }).click();
    const message = validationMessages(appLocale).apply.fileTypeRefused.replace(/\\u206[689]|[\u2066-\u2069]/g, "").replace("{name}", "lettre.pdf");
    const error = page.locator(`#field-documents-${call.documentIds[0]}-error`);
    await expect(error).toBeVisible();
    expect((await error.textContent())?.replace(/[\u2066-\u2069]/g, "")).toBe(message);
    await expect(byLabel(page, applyMessages(appLocale).fields.registerNumber)).toHaveValue(data.registerNumber);
    expect(await findSidewaysOverflow(page)).toBe("");
    await checkA11y();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/refused-${appLocale}-390.png`, fullPage: true }).catch(() => undefined);
  });
});
