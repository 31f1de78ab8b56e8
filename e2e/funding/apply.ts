// Browser steps of the application part of the funding cycle, for the journey spec and
// e2e/funding-apply.spec.ts: apply with and without JavaScript, follow an application by its private link,
// record a paper application. Each step asserts what the user sees.
import type { Browser, Page } from "@playwright/test";
import { expect } from "@playwright/test";
import ar from "../../messages/ar.json";
import fr from "../../messages/fr.json";

export type Locale = "ar" | "fr";

export type ApplicationFile = { name: string; mimeType: string; buffer: Buffer };

export type ApplicationData = {
  registerNumber: string;
  nameAr: string;
  nameFr: string;
  members: string;
  womenMembers: string;
  youngMembers: string;
  contactName: string;
  contactPhone: string;
  projectTitle: string;
  projectDescription: string;
  totalCost: string;
  requestedIndh: string;
  beneficiaryContribution: string;
  /** One file per required document of the call, in the call's order. */
  documents: ApplicationFile[];
};

/** The smallest file the content check accepts as a PDF (as lib/funding/test-fixtures.ts TINY_PDF). */
export const tinyPdf = (name: string): ApplicationFile => ({
  name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1"),
});

/** A sample application (amounts split 240,000 + 160,000 = 400,000 MAD) with a PDF per document. */
export function sampleApplication(registerNumber: string, documentCount = 2): ApplicationData {
  return {
    registerNumber, nameAr: "تعاونية الأمل للنسيج", nameFr: "Coopérative Al Amal de tissage", members: "12", womenMembers: "8",
    youngMembers: "4", contactName: "Fatima Zahra Alaoui", contactPhone: "06 12 34 56 78", projectTitle: "Unité de tissage",
    projectDescription: "Équiper un atelier de tissage de dix métiers.", totalCost: "400.000,00", requestedIndh: "240000",
    beneficiaryContribution: "160 000", documents: Array.from({ length: documentCount }, (_, i) => tinyPdf(`document-${i + 1}.pdf`)),
  };
}

export const applyMessages = (locale: Locale) => (locale === "ar" ? ar : fr).Apply;
/** The production server's page for a form posted past the size limit (lib/http/oversized-body.ts). */
export const oversizedMessages = (locale: Locale) => (locale === "ar" ? ar : fr).OversizedUpload;
export const validationMessages = (locale: Locale) => (locale === "ar" ? ar : fr).Validation;

/** A field by its visible label, which ends in " *" when the field is required. */
export const byLabel = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`));

const TEXT_FIELDS = [
  "registerNumber", "nameAr", "nameFr", "members", "womenMembers", "youngMembers", "contactName", "contactPhone",
  "projectTitle", "projectDescription", "totalCost", "requestedIndh", "beneficiaryContribution",
] as const;

/** Fills the form as a person would, by its visible labels; the documents' inputs in the call's order. */
export async function fillApplication(page: Page, locale: Locale, data: ApplicationData) {
  const t = applyMessages(locale);
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  for (const field of TEXT_FIELDS) await byLabel(page, t.fields[field]).fill(data[field]);
  for (const field of ["communeId", "sectorId"] as const) {
    await byLabel(page, t.fields[field]).selectOption({ index: 1 });
  }
  const fileInputs = page.locator('input[type="file"]');
  await expect(fileInputs).toHaveCount(data.documents.length);
  for (const [i, file] of data.documents.entries()) await fileInputs.nth(i).setInputFiles(file);
  await page.getByLabel(t.fields.consent).check();
}

/** Reads the receipt page the submission lands on. */
async function readReceipt(page: Page, locale: Locale): Promise<{ receiptCode: string; followUrl: string }> {
  const t = applyMessages(locale);
  await expect(page.getByRole("heading", { level: 1, name: t.receipt.title })).toBeVisible();
  const receiptCode = (await page.getByTestId("receipt-code").textContent())?.trim() ?? "";
  expect(receiptCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const followUrl = (await page.getByTestId("follow-url").textContent())?.trim() ?? "";
  expect(followUrl).toMatch(new RegExp(`/${locale}/application/[A-Za-z0-9_-]{32}$`));
  return { receiptCode, followUrl };
}

export async function applyWithJavaScript(page: Page, locale: Locale, slug: string, data: ApplicationData): Promise<{ receiptCode: string; followUrl: string }> {
  await page.goto(`/${locale}/calls/${slug}/apply`);
  await fillApplication(page, locale, data);
  await page.getByRole("button", { name: applyMessages(locale).submit }).click();
  return readReceipt(page, locale);
}

/** The same form in a browser context without JavaScript: a plain multipart POST to the server action. */
export async function applyWithoutJavaScript(browser: Browser, locale: Locale, slug: string, data: ApplicationData): Promise<{ receiptCode: string; followUrl: string }> {
  // The server playwright.config.ts starts (a new context does not inherit the project's baseURL).
  const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  try {
    const page = await context.newPage();
    await page.goto(`/${locale}/calls/${slug}/apply`);
    await fillApplication(page, locale, data);
    await page.getByRole("button", { name: applyMessages(locale).submit }).click();
    return await readReceipt(page, locale);
  } finally {
    await context.close();
  }
}

/** Opens the private link and checks the status shown (a text of Apply.follow.statuses). */
export async function followApplication(page: Page, locale: Locale, followUrl: string, expectedStatusText: string) {
  const response = await page.goto(new URL(followUrl).pathname);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  const t = applyMessages(locale);
  await expect(page.getByRole("heading", { level: 1, name: t.follow.title })).toBeVisible();
  await expect(page.getByTestId("application-status")).toHaveText(expectedStatusText);
  await expect(page.getByRole("heading", { name: t.follow.stepsTitle })).toBeVisible();
}

/** Signed in as STAFF (or ADMIN) of the call's prefecture: records a paper application with scanned documents. */
export async function recordPaperApplication(page: Page, locale: Locale, callId: number, data: ApplicationData): Promise<{ receiptCode: string; followUrl: string }> {
  await page.goto(`/${locale}/admin/applications/new?call=${callId}`);
  const t = applyMessages(locale);
  await expect(page.getByRole("heading", { level: 1, name: t.paper.title })).toBeVisible();
  for (const field of TEXT_FIELDS) await byLabel(page, t.fields[field]).fill(data[field]);
  for (const field of ["communeId", "sectorId"] as const) await byLabel(page, t.fields[field]).selectOption({ index: 1 });
  // Received at the office today (Morocco's calendar day), typed day first as the form asks.
  const today = new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
  await byLabel(page, t.paper.receivedOn).fill(today);
  const fileInputs = page.locator('input[type="file"]');
  for (const [i, file] of data.documents.entries()) await fileInputs.nth(i).setInputFiles(file);
  await page.getByLabel(t.fields.consent).check();
  await page.getByRole("button", { name: t.submit }).click();
  return readReceipt(page, locale);
}
