// Browser steps of screening and review, for the funding-cycle journey (ar and fr) and for
// e2e/funding-screening.spec.ts. Each step starts from the application's page and asserts what the user sees.
import { expect, type Page } from "@playwright/test";

type Locale = "ar" | "fr";

const TEXT = {
  ar: {
    ELIGIBLE: "مؤهل", INELIGIBLE: "غير مؤهل", reason: "التعليل", screen: "تسجيل نتيجة الفرز",
    comment: "التعليق", saveReview: "حفظ التقييم", conflict: "تضارب المصالح", conflictNote: "طبيعة التضارب", declare: "التصريح بتضارب المصالح",
  },
  fr: {
    ELIGIBLE: "Éligible", INELIGIBLE: "Non éligible", reason: "Motif", screen: "Enregistrer le tri",
    comment: "Commentaire", saveReview: "Enregistrer l'évaluation", conflict: "Conflit d'intérêts", conflictNote: "Nature du conflit", declare: "Déclarer un conflit d'intérêts",
  },
} as const;

/** Opens the application's page unless it is already open. */
export async function openApplication(page: Page, locale: Locale, applicationId: number) {
  const path = `/${locale}/admin/applications/${applicationId}`;
  if (new URL(page.url(), "http://x").pathname !== path) await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Screens the application (every attached document left ticked valid) and checks the recorded outcome. */
export async function screenApplication(page: Page, locale: Locale, applicationId: number, { eligible, reason }: { eligible: boolean; reason?: string }) {
  const t = TEXT[locale];
  await openApplication(page, locale, applicationId);
  const decision = eligible ? "ELIGIBLE" : "INELIGIBLE";
  await page.getByRole("radio", { name: t[decision], exact: true }).check();
  if (reason !== undefined) await page.getByRole("textbox", { name: t.reason, exact: true }).fill(reason);
  await page.getByRole("button", { name: t.screen }).click();
  await expect(page.getByTestId("screening-outcome")).toContainText(t[decision]);
}

/** Scores each criterion of the grid in order with a comment; returns the total out of 100 the page shows. */
export async function scoreApplication(page: Page, locale: Locale, applicationId: number, scores: number[], comment: string): Promise<number> {
  const t = TEXT[locale];
  await openApplication(page, locale, applicationId);
  for (const [i, score] of scores.entries()) await page.locator(`input[name="scores.${i}.score"]`).fill(String(score));
  await page.getByRole("textbox", { name: t.comment, exact: true }).fill(comment);
  await page.getByRole("button", { name: t.saveReview }).click();
  const total = page.getByTestId("own-total");
  await expect(total).toBeVisible();
  const text = (await total.textContent()) ?? "";
  const match = /(\d+)\s*\/\s*100/.exec(text.replace(/[\u2066-\u2069]/g, ""));
  expect(match, text).not.toBeNull();
  return Number(match![1]);
}

/** Declares a conflict of interest; the scoring form is then replaced by the message saying why. */
export async function declareConflict(page: Page, locale: Locale, applicationId: number, note: string) {
  const t = TEXT[locale];
  await openApplication(page, locale, applicationId);
  await page.getByText(t.conflict, { exact: true }).click();
  await page.getByRole("textbox", { name: t.conflictNote }).fill(note);
  await page.getByRole("button", { name: t.declare }).click();
  await expect(page.getByTestId("conflict-declared")).toBeVisible();
  await expect(page.getByRole("button", { name: t.saveReview })).toHaveCount(0);
}

/** Downloads the application's first document through its link, as a user would, and checks it is the PDF. */
export async function downloadDocument(page: Page, applicationId: number) {
  const locale = (/^\/(ar|fr)\//.exec(new URL(page.url(), "http://x").pathname)?.[1] ?? "ar") as Locale;
  await openApplication(page, locale, applicationId);
  const link = page.locator(`a[href^="/${locale}/admin/applications/${applicationId}/documents/"]`).first();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
  return download.suggestedFilename();
}
