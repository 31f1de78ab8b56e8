// Browser steps of the convention part of the funding cycle, for the journey spec to chain: each takes the
// page (signed in as a STAFF or ADMIN user), the locale and the grant, and asserts what the user sees.
import { expect, type Page } from "@playwright/test";

const T = {
  ar: {
    none: "لم تُعدّ بعد اتفاقية لهذا المشروع.", prepare: "إعداد الاتفاقية", save: "حفظ الاتفاقية", obligation: "تلتزم التعاونية بإنجاز المشروع",
    draft: "الاتفاقية قابلة للتعديل إلى حين تسجيل توقيعها.", sign: "تسجيل التوقيع", signed: "وُقعت الاتفاقية بتاريخ",
    locked: "الاتفاقية موقعة", pay: "صرف الشطر", reach: "تسجيل بلوغ المرحلة", refused: "لا يُصرف هذا الشطر قبل بلوغ المرحلة التي تحرره",
    reached: "بُلغت بتاريخ", paid: "صُرف بتاريخ", cpdh: "اللجنة الإقليمية للتنمية البشرية", article: "المادة", print: "اتفاقية شراكة",
  },
  fr: {
    none: "Aucune convention n'a encore été préparée pour ce projet.", prepare: "Préparer la convention", save: "Enregistrer la convention",
    obligation: "La coopérative s'engage à réaliser le projet", draft: "La convention reste modifiable jusqu'à l'enregistrement de sa signature.",
    sign: "Enregistrer la signature", signed: "Convention signée le", locked: "La convention est signée", pay: "Verser la tranche",
    reach: "Enregistrer l'atteinte de l'étape", refused: "Versement refusé tant que l'étape qui libère cette tranche n'est pas atteinte",
    reached: "Atteinte le", paid: "Versée le", cpdh: "Le Comité provincial de développement humain (CPDH)", article: "Article", print: "Convention de partenariat",
  },
} as const;

/** Today in Morocco as the forms take it (dd/mm/yyyy): every date recorded here is today's. */
export function moroccoTodayText(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
  return parts; // en-GB gives dd/mm/yyyy
}

const conventionPath = (locale: "ar" | "fr", grantId: number) => `/${locale}/admin/grants/${grantId}/convention`;

/** From the grant page: prepares the convention with the proposed reference, texts and milestones; returns its id. */
export async function prepareConvention(page: Page, locale: "ar" | "fr", grantId: number): Promise<number> {
  const t = T[locale];
  await page.goto(`/${locale}/admin/grants/${grantId}`);
  const section = page.getByTestId("grant-convention");
  await expect(section).toContainText(t.none);
  await section.getByRole("link", { name: t.prepare }).click();
  await page.waitForURL(new RegExp(`/admin/grants/${grantId}/convention/edit$`));
  await expect(page.locator('[name="reference"]')).toHaveValue(/^CONV-\d{4}-\d{3}$/);
  await expect(page.locator('[name="obligationsFr"]')).not.toBeEmpty();
  await expect(page.locator(`[name="obligations${locale === "ar" ? "Ar" : "Fr"}"]`)).toHaveValue(new RegExp(t.obligation));
  // One milestone proposed per tranche, each releasing its tranche.
  await expect(page.locator('[name="milestones.0.trancheId"]')).not.toHaveValue("");
  await expect(page.locator('[name="milestones.1.trancheId"]')).not.toHaveValue("");
  await page.getByRole("button", { name: t.save }).click();
  await page.waitForURL(new RegExp(`/admin/grants/${grantId}/convention$`));
  await expect(page.getByTestId("convention-state")).toHaveText(t.draft);
  const id = Number(await page.locator("[data-convention-id]").getAttribute("data-convention-id"));
  expect(id).toBeGreaterThan(0);
  return id;
}

/** The A4 print page, in the page's language: letterhead, parties (with the register number), amounts, articles. */
export async function printConvention(page: Page, locale: "ar" | "fr", grantId: number, expected: { registerNumber: string; amounts: string[] }) {
  const t = T[locale];
  await page.goto(`${conventionPath(locale, grantId)}/print`);
  const print = page.getByTestId("convention-print");
  await expect(print.getByRole("heading", { level: 1 })).toHaveText(t.print);
  await expect(page.getByTestId("letterhead")).toBeVisible();
  const parties = print.getByTestId("convention-parties");
  await expect(parties).toContainText(t.cpdh);
  await expect(parties).toContainText(expected.registerNumber);
  const funding = print.getByTestId("convention-funding");
  for (const amount of expected.amounts) await expect(funding).toContainText(amount);
  await expect(print.getByTestId("print-milestones").locator("tbody tr")).toHaveCount(2);
  // Eight articles, the last the signatures (numbers are isolated: "Article \u20688\u2069").
  await expect(print.getByRole("heading", { level: 2, name: new RegExp(`^${t.article}\\s\u2068?8`) })).toBeVisible();
}

/** Records the signature date (dd/mm/yyyy) on the convention page; the convention is then locked. */
export async function recordSignature(page: Page, locale: "ar" | "fr", grantId: number, date: string) {
  const t = T[locale];
  await page.goto(conventionPath(locale, grantId));
  const form = page.getByTestId("sign");
  await form.locator('[name="signedOn"]').fill(date);
  await form.getByRole("button", { name: t.sign }).click();
  await expect(page.getByTestId("convention-signature")).toContainText(t.signed);
  await expect(page.getByTestId("convention-state")).toContainText(t.locked);
  await expect(page.getByTestId("sign")).toHaveCount(0);
}

/**
 * Tries to pay tranche 1 before its milestone is reached and sees the refusal next to the tranche; records
 * the milestone reached today, then pays the tranche.
 */
export async function payTrancheAgainstMilestone(page: Page, locale: "ar" | "fr", grantId: number) {
  const t = T[locale];
  const today = moroccoTodayText();
  await page.goto(conventionPath(locale, grantId));
  const pay = page.getByTestId("pay-1");
  await pay.locator('[name="paidOn"]').fill(today);
  await pay.getByRole("button", { name: t.pay }).click();
  await expect(pay.getByRole("alert")).toContainText(t.refused);
  await expect(page.getByTestId("tranche-1-paid")).not.toContainText(t.paid);

  const reach = page.getByTestId("reach-1");
  await reach.locator('[name="reachedOn"]').fill(today);
  await reach.getByRole("button", { name: t.reach }).click();
  await expect(page.getByTestId("milestone-1-reached")).toContainText(t.reached);

  const payAgain = page.getByTestId("pay-1");
  await payAgain.locator('[name="paidOn"]').fill(today);
  await payAgain.getByRole("button", { name: t.pay }).click();
  await expect(page.getByTestId("tranche-1-paid")).toContainText(t.paid);
  await expect(page.getByTestId("pay-1")).toHaveCount(0);
  // Tranche 2 still waits for its milestone.
  await expect(page.getByTestId("pay-2")).toBeVisible();
}
