// Browser steps of the dashboard's funding pipeline, for the funding-cycle journey (ar and fr): open the
// dashboard's applications page and read the stage counts from the pipeline's table, as a manager sees them.
import { expect, type Page } from "@playwright/test";

export type Locale = "ar" | "fr";
export type PipelineCounts = { received: number; eligible: number; reviewed: number; approved: number; signed: number; paid: number };

const STAGES = ["received", "eligible", "reviewed", "approved", "signed", "paid"] as const;

export const PIPELINE_TEXT = {
  ar: {
    title: "مسار ملفات الترشيح",
    stages: { received: "الملفات المودعة", eligible: "الملفات المؤهلة", reviewed: "الملفات المقيّمة", approved: "الملفات المصادق عليها", signed: "الاتفاقيات الموقعة", paid: "المشاريع التي صرف لها شطر" },
    approvalRate: "نسبة المصادقة",
  },
  fr: {
    title: "Parcours des candidatures",
    stages: { received: "Candidatures reçues", eligible: "Candidatures éligibles", reviewed: "Candidatures évaluées", approved: "Candidatures approuvées", signed: "Conventions signées", paid: "Projets avec une tranche payée" },
    approvalRate: "Taux d'approbation",
  },
} as const;

/** A whole number as the page prints it: Arabic pages wrap numbers in bidi isolates (U+2066-2069). */
export function readCount(text: string): number {
  const digits = text.replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, "").replace(/[^\d]/g, "");
  if (digits === "") throw new Error(`no number in "${text}"`);
  return Number(digits);
}

/** Opens the dashboard's applications page (with a query such as "zone=RURAL"), where the pipeline is. */
export async function openPipeline(page: Page, locale: Locale, query = ""): Promise<void> {
  await page.goto(`/${locale}/admin/dashboard/applications${query ? `?${query}` : ""}`);
  await expect(page.getByRole("heading", { level: 2, name: PIPELINE_TEXT[locale].title })).toBeVisible();
}

/**
 * The count of every stage, read from the pipeline's table (each row named in the reader's language).
 * Opens the dashboard's applications page first unless it is already the current page.
 */
export async function readPipeline(page: Page, locale: Locale): Promise<PipelineCounts> {
  if (!new URL(page.url()).pathname.endsWith(`/${locale}/admin/dashboard/applications`)) await openPipeline(page, locale);
  const table = page.getByTestId("pipeline-stages");
  await expect(table).toBeVisible();
  const counts = {} as PipelineCounts;
  for (const stage of STAGES) {
    const row = table.locator(`tr[data-stage="${stage}"]`);
    await expect(row.getByRole("rowheader")).toHaveText(PIPELINE_TEXT[locale].stages[stage]);
    counts[stage] = readCount(await row.getByTestId("count").innerText());
  }
  return counts;
}
