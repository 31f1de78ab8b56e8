import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { declareConflict, downloadDocument, screenApplication, scoreApplication } from "./funding/screening";

// Once, in Arabic: this spec's refusals and edge cases do not depend on the language; the journey
// (funding-journey.spec.ts) drives these pages in French too and funding-pages.spec.ts checks them with axe.
test.skip(({ appLocale }) => appLocale === "fr", "Arabic only: French is covered by the journey and funding-pages");

// Screening and review from fixture records (e2e/support/screening-records.ts): the list and the detail
// page, the document download, the screening decisions, a score, a conflict of interest and the average.
// The funding-cycle journey chains the same steps (e2e/funding/screening.ts) after a real application.

type Records = { callId: number; applications: { id: number; receiptCode: string }[] };
/** Screenshots for a person to look at go to SHOTS_DIR when it is set (never in CI). */
const SHOTS = process.env.SHOTS_DIR;
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

let records: Records;
test.beforeAll(() => {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/screening-records.ts"], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } });
  records = JSON.parse(out.toString()) as Records;
});

async function atPhoneWidth(page: Page, name: string, locale: string) {
  await page.setViewportSize(PHONE);
  expect(await findSidewaysOverflow(page), `${name} at 390 px`).toBe("");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${locale}-390.png`, fullPage: true });
  await page.setViewportSize(WIDE);
}

async function switchAccount(page: Page, locale: "ar" | "fr", account: { email: string; password: string }) {
  await page.context().clearCookies();
  await signIn(page, locale, account);
}

test.describe.serial("screening and review", () => {
  test.use({ viewport: WIDE });
  // Several pages, two accounts and axe scans per test, on a machine shared by six builds.
  test.describe.configure({ timeout: 90_000 });

  test("the list finds an application; its page shows the submission and serves its file sandboxed", async ({ page, appLocale, checkA11y }) => {
    const [first] = records.applications;
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/applications?q=${first!.receiptCode.toLowerCase()}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(appLocale === "ar" ? "ملفات الترشيح" : "Candidatures");
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await checkA11y();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/list-${appLocale}-1366.png`, fullPage: true });
    await atPhoneWidth(page, "list", appLocale);

    await page.getByRole("link", { name: first!.receiptCode }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(first!.receiptCode);
    // 6 women of 10 members, 240,000 of 400,000 MAD from the INDH: the shares the screening reads.
    await expect(page.getByText(appLocale === "ar" ? "60,0" : "60,0 %").first()).toBeVisible();
    await expect(page.getByTestId("eligibility-rules").locator("li[data-passed=true]")).toHaveCount(5);
    await checkA11y();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/detail-${appLocale}-1366.png`, fullPage: true });
    await atPhoneWidth(page, "detail", appLocale);

    expect(await downloadDocument(page, first!.id)).toMatch(/\.pdf$/);
    const href = await page.locator(`a[href*="/documents/"]`).first().getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="T-[0-9A-F]+-1\.pdf"/);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-security-policy"]).toMatch(/sandbox/);
  });

  test("screens one application eligible and one ineligible, asking the reason next to its field", async ({ page, appLocale }) => {
    const [first, second] = records.applications;
    await signIn(page, appLocale, DEMO.staff);
    await screenApplication(page, appLocale, first!.id, { eligible: true });

    await page.goto(`/${appLocale}/admin/applications/${second!.id}`);
    await page.getByRole("radio", { name: appLocale === "ar" ? "غير مؤهل" : "Non éligible", exact: true }).check();
    await page.getByRole("button", { name: appLocale === "ar" ? "تسجيل نتيجة الفرز" : "Enregistrer le tri" }).click();
    await expect(page.locator("#field-reason-error")).toHaveText(appLocale === "ar" ? "اكتب تعليل عدم الأهلية." : "Indiquez le motif de la non-éligibilité.");
    await screenApplication(page, appLocale, second!.id, { eligible: false, reason: appLocale === "ar" ? "الملف خارج الآجال." : "Dossier hors délai." });
  });

  test("scores 8, 6, 7 to 71; a second reviewer's conflict leaves the average at 71; a manager only reads", async ({ page, appLocale, checkA11y }) => {
    const [first] = records.applications;
    await signIn(page, appLocale, DEMO.staff);
    expect(await scoreApplication(page, appLocale, first!.id, [8, 6, 7], appLocale === "ar" ? "مشروع مفيد وقابل للإنجاز." : "Projet utile et faisable.")).toBe(71);
    await checkA11y();

    await switchAccount(page, appLocale, DEMO.admin);
    await declareConflict(page, appLocale, first!.id, appLocale === "ar" ? "قريب لأحد الأعضاء." : "Parent d'un membre.");
    await expect(page.getByTestId("review-average")).toContainText("71");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/reviews-${appLocale}-1366.png`, fullPage: true });
    await page.goto(`/${appLocale}/admin/applications?q=${first!.receiptCode}`);
    // Arabic isolates the number (U+2066-2069 around it), French does not.
    await expect(page.locator("tbody tr").first()).toContainText(/71[\u2066-\u2069]*\/100/);

    await switchAccount(page, appLocale, DEMO.manager);
    await page.goto(`/${appLocale}/admin/applications/${first!.id}`);
    await expect(page.getByTestId("review-average")).toContainText("71");
    await expect(page.getByRole("button", { name: appLocale === "ar" ? "تسجيل نتيجة الفرز" : "Enregistrer le tri" })).toHaveCount(0);
    await expect(page.locator('input[name="scores.0.score"]')).toHaveCount(0);
  });
});
