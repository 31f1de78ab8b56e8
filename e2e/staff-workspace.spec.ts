import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// The staff journey of the issue, in Arabic: a cooperative, its grant with two partners and two tranches,
// an event with a presentation published to the public site; then every blocking rule, each answered
// next to its field with the typed values still in the form.
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const errorOf = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, "-")}-error`);
const run = Date.now().toString(36);

/** Chooses the option whose text matches (option labels carry codes and programme names). */
async function choose(page: Page, name: string, text: RegExp) {
  const value = await field(page, name).locator("option").filter({ hasText: text }).first().getAttribute("value");
  await field(page, name).selectOption(value ?? "");
}

test.describe("staff workspace (Arabic)", () => {
  test.skip(({ appLocale }) => appLocale !== "ar", "the journey is specified in Arabic");
  test.describe.configure({ mode: "serial" });

  let cooperativeUrl = "";
  const registerNumber = `E2E-${run}`;
  const grantTitle = `معدات التعاونية ${run}`;
  const slug = `e2e-meeting-${run}`;

  test("creates a cooperative and finds it without diacritics", async ({ page, checkA11y }) => {
    await signIn(page, "ar", DEMO.staff);
    await page.goto("/ar/admin/cooperatives/new");
    await checkA11y();
    await field(page, "registerNumber").fill(registerNumber);
    await field(page, "nameAr").fill("تعاونيّة الأمَل للاختبار");
    await field(page, "nameFr").fill("Coopérative Al Amal Test");
    await field(page, "sectorId").selectOption({ label: "الخياطة والطرز" });
    await field(page, "communeId").selectOption({ label: "طنجة" });
    await field(page, "members").fill("20");
    await field(page, "womenMembers").fill("12");
    await field(page, "youngMembers").fill("8");
    await page.getByRole("button", { name: "إحداث التعاونية" }).click();
    await page.waitForURL(/\/ar\/admin\/cooperatives\/\d+$/);
    cooperativeUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toContainText("تعاونيّة الأمَل للاختبار");
    await checkA11y();

    await page.goto(`/ar/admin/cooperatives?q=${encodeURIComponent("تعاونية الامل")}`);
    await expect(page.getByRole("link", { name: /الأمَل للاختبار/ })).toBeVisible();
  });

  test("creates a grant with two partner contributions and two tranches", async ({ page, checkA11y }) => {
    await signIn(page, "ar", DEMO.staff);
    const cooperativeId = cooperativeUrl.split("/").pop();
    await page.goto(`/ar/admin/grants/new?cooperativeId=${cooperativeId}`);
    await checkA11y();
    await choose(page, "programmeId", /تحسين الدخل/);
    await choose(page, "axisId", /الاقتصاد الاجتماعي والتضامني/);
    await field(page, "titleAr").fill(grantTitle);
    await field(page, "titleFr").fill(`Équipements ${run}`);
    await field(page, "approvedOn").fill("2024-03-15");
    await field(page, "status").selectOption("IN_PROGRESS");
    await field(page, "totalCost").fill("500.000,00");
    await field(page, "indhContribution").fill("250.000");
    await field(page, "beneficiaryContribution").fill("150000");
    await choose(page, "partnerContributions.0.organisationId", /ODCO/);
    await field(page, "partnerContributions.0.amount").fill("60 000");
    await choose(page, "partnerContributions.1.organisationId", /ADS/);
    await field(page, "partnerContributions.1.amount").fill("40000");
    await field(page, "tranches.0.plannedOn").fill("2024-04-01");
    await field(page, "tranches.0.amount").fill("150000");
    await field(page, "tranches.0.paidOn").fill("2024-04-10");
    await field(page, "tranches.1.plannedOn").fill("2024-10-01");
    await field(page, "tranches.1.amount").fill("100000");
    await page.getByRole("button", { name: "حفظ المشروع" }).click();
    await page.waitForURL(/\/ar\/admin\/grants\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(grantTitle);
    await expect(page.getByText("500.000,00").first()).toBeVisible();
    await checkA11y();

    await page.goto(`/ar/admin/grants?q=${encodeURIComponent(grantTitle)}`);
    await expect(page.getByRole("link", { name: grantTitle })).toBeVisible();
    await page.goto(cooperativeUrl);
    await expect(page.getByRole("link", { name: grantTitle })).toBeVisible();
  });

  test("creates and publishes an event with a presentation, then reads it on the public site", async ({ page, checkA11y }) => {
    await signIn(page, "ar", DEMO.staff);
    await page.goto("/ar/admin/events/new");
    await checkA11y();
    await field(page, "slug").fill(slug);
    await field(page, "kind").selectOption("WORKSHOP");
    await field(page, "titleAr").fill(`ورشة الاختبار ${run}`);
    await field(page, "titleFr").fill(`Atelier de test ${run}`);
    await field(page, "startsAtDate").fill("2025-11-20");
    await field(page, "startsAtTime").fill("10:00");
    await field(page, "venueAr").fill("دار الشباب حسنونة");
    await field(page, "venueFr").fill("Maison des jeunes Hasnouna");
    await field(page, "communeId").selectOption({ label: "طنجة" });
    await choose(page, "organiserId", /عمالة طنجة أصيلة/);
    await field(page, "summaryAr").fill("ملخص الورشة.");
    await field(page, "summaryFr").fill("Résumé de l'atelier.");
    await field(page, "bodyAr").fill("نص **الورشة**.");
    await field(page, "bodyFr").fill("Texte de l'**atelier**.");
    await field(page, "presentations.0.titleAr").fill("عرض حول التسويق");
    await field(page, "presentations.0.titleFr").fill("Exposé sur la commercialisation");
    await field(page, "presentations.0.presenterRoleAr").fill("ممثل الغرفة");
    await field(page, "presentations.0.presenterRoleFr").fill("Représentant de la chambre");
    await field(page, "status").selectOption("PUBLISHED");
    await page.getByRole("button", { name: "حفظ", exact: true }).click();
    await page.waitForURL(/\/ar\/admin\/events\/\d+$/);
    await checkA11y();

    await page.goto("/ar/admin/events");
    await expect(page.getByRole("link", { name: `ورشة الاختبار ${run}` })).toBeVisible();
    await page.goto(`/ar/events/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`ورشة الاختبار ${run}`);
    await expect(page.getByText("عرض حول التسويق")).toBeVisible();
  });

  test("refuses each blocking rule next to its field and keeps what was typed", async ({ page }) => {
    await signIn(page, "ar", DEMO.staff);
    const cooperativeId = cooperativeUrl.split("/").pop();
    const fillGrant = async (amounts: Record<string, string>) => {
      await page.goto(`/ar/admin/grants/new?cooperativeId=${cooperativeId}`);
      await choose(page, "programmeId", /تحسين الدخل/);
      await field(page, "titleAr").fill("مشروع مرفوض");
      await field(page, "titleFr").fill("Projet refusé");
      await field(page, "approvedOn").fill("2024-05-02");
      for (const [name, value] of Object.entries(amounts)) await field(page, name).fill(value);
      await page.getByRole("button", { name: "حفظ المشروع" }).click();
    };
    const expectKept = async (amounts: Record<string, string>) => {
      await expect(field(page, "titleAr")).toHaveValue("مشروع مرفوض");
      await expect(field(page, "programmeId").locator("option:checked")).toContainText("تحسين الدخل");
      for (const [name, value] of Object.entries(amounts)) await expect(field(page, name)).toHaveValue(value);
    };

    const negative = { totalCost: "100000", indhContribution: "-5000", beneficiaryContribution: "105000" };
    await fillGrant(negative);
    await expect(errorOf(page, "indhContribution")).toHaveText("لا يمكن أن يكون المبلغ سالبًا.");
    await expectKept(negative);

    const aboveCost = { totalCost: "100000", indhContribution: "120000", beneficiaryContribution: "0" };
    await fillGrant(aboveCost);
    await expect(errorOf(page, "indhContribution")).toHaveText("مساهمة المبادرة لا يمكن أن تتجاوز الكلفة الإجمالية.");
    await expectKept(aboveCost);

    const notAddingUp = { totalCost: "100000", indhContribution: "50000", beneficiaryContribution: "40000" };
    await fillGrant(notAddingUp);
    await expect(errorOf(page, "totalCost")).toContainText("يجب أن يساوي الكلفة الإجمالية بالضبط");
    await expectKept(notAddingUp);

    const tranchesAbove = { totalCost: "100000", indhContribution: "50000", beneficiaryContribution: "50000", "tranches.0.plannedOn": "2024-06-01", "tranches.0.amount": "50000,01" };
    await fillGrant(tranchesAbove);
    await expect(errorOf(page, "tranches")).toHaveText("مجموع الأشطر يتجاوز مساهمة المبادرة.");
    await expectKept(tranchesAbove);

    // The register number is unique in the prefecture.
    await page.goto("/ar/admin/cooperatives/new");
    await field(page, "registerNumber").fill(registerNumber);
    await field(page, "nameAr").fill("تعاونية مكررة");
    await field(page, "nameFr").fill("Doublon");
    await field(page, "sectorId").selectOption({ label: "الخدمات" });
    await field(page, "communeId").selectOption({ label: "أصيلة" });
    await field(page, "members").fill("9");
    await field(page, "womenMembers").fill("10");
    await field(page, "youngMembers").fill("0");
    await page.getByRole("button", { name: "إحداث التعاونية" }).click();
    await expect(errorOf(page, "womenMembers")).toBeVisible();
    await expect(field(page, "sectorId").locator("option:checked")).toHaveText("الخدمات");
    await expect(field(page, "communeId").locator("option:checked")).toHaveText("أصيلة");
    await field(page, "womenMembers").fill("3");
    await page.getByRole("button", { name: "إحداث التعاونية" }).click();
    await expect(errorOf(page, "registerNumber")).toHaveText("رقم التسجيل هذا مستعمل من طرف تعاونية أخرى في العمالة.");
    await expect(field(page, "nameAr")).toHaveValue("تعاونية مكررة");
  });
});
