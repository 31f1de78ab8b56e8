// Browser steps of the committee (CPDH) part of the funding cycle, for the journey spec and
// e2e/funding-committee.spec.ts: each takes the page (signed in as prefecture staff), the locale and ids,
// and asserts what the user sees.
import { expect, type Page } from "@playwright/test";

export type CommitteeDecision = "APPROVED" | "DEFERRED" | "REJECTED";

const T = {
  ar: {
    newSession: "جلسة جديدة", date: "تاريخ الجلسة", time: "الساعة", placeAr: "المكان (بالعربية)", placeFr: "المكان (بالفرنسية)",
    chairAr: "الرئاسة (بالعربية)", chairFr: "الرئاسة (بالفرنسية)", members: "الأعضاء الحاضرون", save: "حفظ",
    addSelected: "إضافة الملفات المختارة", amount: "المبلغ المصادق عليه (درهم)", reason: "السبب", record: "تسجيل القرار",
    held: "تسجيل انعقاد الجلسة", heldNotice: "انعقدت الجلسة", viewGrant: "عرض المشروع الممول", back: "العودة إلى الجلسة",
    decision: { APPROVED: "مصادق عليه", DEFERRED: "مؤجل", REJECTED: "مرفوض" },
    minutesTitle: "محضر اجتماع اللجنة الإقليمية للتنمية البشرية",
  },
  fr: {
    newSession: "Nouvelle séance", date: "Date de la séance", time: "Heure", placeAr: "Lieu (arabe)", placeFr: "Lieu (français)",
    chairAr: "Présidence (arabe)", chairFr: "Présidence (français)", members: "Membres présents", save: "Enregistrer",
    addSelected: "Ajouter les candidatures cochées", amount: "Montant approuvé (MAD)", reason: "Motif", record: "Enregistrer la décision",
    held: "Marquer la séance comme tenue", heldNotice: "Séance tenue", viewGrant: "Voir le projet financé", back: "Retour à la séance",
    decision: { APPROVED: "Approuvé", DEFERRED: "Ajourné", REJECTED: "Rejeté" },
    minutesTitle: "Procès-verbal de la réunion du Comité provincial de développement humain",
  },
} as const;

export const committeeLabels = T;

export type HoldSessionInput = {
  applicationIds: number[];
  /** amountMad as typed in the form ("200.000,55" or "200000.55"); reason required for REJECTED. */
  decisions: { applicationId: number; decision: CommitteeDecision; amountMad?: string; reason?: string }[];
  /** Day-first date of the session (Morocco time); 10/12/2026 when omitted. */
  date?: string;
};

/** Opens an agenda item's decision page from the session page. */
async function openItem(page: Page, applicationId: number) {
  const card = page.getByTestId(`agenda-item-${applicationId}`);
  await card.getByRole("link").click();
  await page.waitForURL(/\/admin\/committee\/\d+\/items\/\d+$/);
}

/**
 * Creates a session, puts the applications on its agenda, records each decision on its item's page, and
 * marks the session held. Returns the session's id and the ids of the grants the approvals created.
 */
export async function holdCommitteeSession(page: Page, locale: "ar" | "fr", input: HoldSessionInput): Promise<{ sessionId: number; grantIds: number[] }> {
  const t = T[locale];
  await page.goto(`/${locale}/admin/committee/new`);
  await page.getByLabel(t.date).fill(input.date ?? "10/12/2026");
  await page.getByLabel(t.time).fill("10:00");
  await page.getByLabel(t.placeAr).fill("مقر العمالة");
  await page.getByLabel(t.placeFr).fill("Siège de la préfecture");
  await page.getByLabel(t.chairAr).fill("السيد العامل");
  await page.getByLabel(t.chairFr).fill("M. le Gouverneur");
  await page.getByLabel(t.members).fill("Ahmed Alaoui — Division de l'action sociale\nSalma Idrissi — ODCO");
  await page.getByRole("button", { name: t.save, exact: true }).click();
  await page.waitForURL(/\/admin\/committee\/\d+$/);
  const sessionId = Number(/\/committee\/(\d+)$/.exec(page.url())![1]);

  for (const id of input.applicationIds) await page.locator(`#candidate-${id}`).check();
  await page.getByRole("button", { name: t.addSelected }).click();
  for (const id of input.applicationIds) await expect(page.getByTestId(`agenda-item-${id}`)).toBeVisible();

  const grantIds: number[] = [];
  for (const d of input.decisions) {
    await openItem(page, d.applicationId);
    await page.getByRole("radio", { name: t.decision[d.decision] }).check();
    if (d.amountMad !== undefined) await page.getByLabel(t.amount).fill(d.amountMad);
    if (d.reason !== undefined) await page.getByLabel(t.reason).fill(d.reason);
    await page.getByRole("button", { name: t.record }).click();
    const shown = page.getByTestId("decision");
    await expect(shown).toContainText(t.decision[d.decision]);
    if (d.decision === "APPROVED") {
      const href = await shown.getByRole("link", { name: t.viewGrant }).getAttribute("href");
      grantIds.push(Number(/\/grants\/(\d+)$/.exec(href ?? "")![1]));
    }
    await page.getByRole("link", { name: t.back }).click();
    await page.waitForURL(new RegExp(`/admin/committee/${sessionId}$`));
    await expect(page.getByTestId(`agenda-item-${d.applicationId}`)).toContainText(t.decision[d.decision]);
  }
  await page.getByRole("button", { name: t.held }).click();
  await expect(page.getByText(t.heldNotice)).toBeVisible();
  return { sessionId, grantIds };
}

export type MinutesExpectation = {
  /** One per agenda item, in rank order: the applicant's name as shown in the page's language. */
  rows: { applicantName: string; decision: CommitteeDecision; amount?: string; reason?: string }[];
  /** The approved total's figure as printed ("200.000,55"), and the count of each decision. */
  approvedTotal: string;
  counts: { approved: number; deferred: number; rejected: number };
};

/** Opens the minutes (procès-verbal) and checks its agenda table (rank order, decisions, amounts, reasons) and totals. */
export async function printMinutes(page: Page, locale: "ar" | "fr", sessionId: number, expected: MinutesExpectation): Promise<void> {
  const t = T[locale];
  await page.goto(`/${locale}/admin/committee/${sessionId}/minutes`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.minutesTitle);
  const rows = page.getByTestId("minutes-agenda").locator("tbody tr");
  await expect(rows).toHaveCount(expected.rows.length);
  for (const [i, row] of expected.rows.entries()) {
    const cells = rows.nth(i).locator("td");
    await expect(cells.nth(0)).toHaveText(String(i + 1));
    await expect(cells.nth(1)).toContainText(row.applicantName);
    await expect(cells.nth(5)).toHaveText(t.decision[row.decision]);
    if (row.amount) await expect(cells.nth(6)).toContainText(row.amount);
    if (row.reason) await expect(cells.nth(7)).toHaveText(row.reason);
  }
  const totals = page.getByTestId("minutes-totals").locator("dd");
  await expect(totals.nth(0)).toHaveText(String(expected.counts.approved));
  await expect(totals.nth(1)).toHaveText(String(expected.counts.deferred));
  await expect(totals.nth(2)).toHaveText(String(expected.counts.rejected));
  await expect(totals.nth(3)).toContainText(expected.approvedTotal);
}
