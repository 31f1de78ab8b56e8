import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import ar from "../messages/ar.json";
import fr from "../messages/fr.json";

// The staff journey of the issue, once in Arabic and once in French: a cooperative, its grant with two
// partners and two tranches (cooperative picked by search, running total, axis of the programme), an event
// with a presentation published to the public site; then every blocking rule, each answered next to its
// field with the typed values still in the form, and the edit form pre-filled as amounts are shown.
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const errorOf = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, "-")}-error`);
const run = Date.now().toString(36);

/** Chooses the option whose text matches (option labels carry codes and programme names). */
async function choose(page: Page, name: string, text: RegExp) {
  const value = await field(page, name).locator("option").filter({ hasText: text }).first().getAttribute("value");
  await field(page, name).selectOption(value ?? "");
}

/** The texts of one language: labels from messages/<locale>.json, reference data as seeded. */
const LANGUAGES = {
  ar: {
    m: ar,
    cooperativeName: `تعاونيّة الأمَل للاختبار ${run}ar`,
    cooperativeOtherName: `Coopérative Al Amal Test ${run}ar`,
    // Typed without shadda and fatha, with ه for ة: found all the same.
    cooperativeQuery: `تعاونيه الامل للاختبار ${run}ar`,
    cooperativeListQuery: "تعاونية الامل",
    sector: "الخياطة والطرز",
    otherSector: "الخدمات",
    commune: "طنجة",
    otherCommune: "أصيلة",
    programme: /تحسين الدخل/,
    otherProgramme: /تدارك الخصاص/,
    axis: /الاقتصاد الاجتماعي والتضامني/,
    organiser: /عمالة طنجة أصيلة/,
    grantTitle: `معدات التعاونية ${run}ar`,
    eventTitle: `ورشة الاختبار ${run}ar`,
    presentation: "عرض حول التسويق",
    refusedTitle: "مشروع مرفوض",
    // Money in MAD as ar-MA writes it; an amount keeps its order inside the Arabic sentence (isolated: the
    // pattern below lets the figure's isolates sit before the currency).
    mad: (amount: string) => `${amount} د.م.`,
  },
  fr: {
    m: fr,
    cooperativeName: `Coopérative Al Amal Test ${run}fr`,
    cooperativeOtherName: `تعاونيّة الأمَل للاختبار ${run}fr`,
    cooperativeQuery: `cooperative al amal test ${run}fr`,
    cooperativeListQuery: "cooperative al amal",
    sector: "Couture et broderie",
    otherSector: "Services",
    commune: "Tanger",
    otherCommune: "Assilah",
    programme: /Amélioration du revenu/,
    otherProgramme: /Rattrapage des déficits/,
    axis: /économie sociale et solidaire/,
    organiser: /Tanger-Assilah/,
    grantTitle: `Équipements de la coopérative ${run}fr`,
    eventTitle: `Atelier de test ${run}fr`,
    presentation: "Exposé sur la commercialisation",
    refusedTitle: "Projet refusé",
    mad: (amount: string) => `${amount} MAD`,
  },
} as const;

/** "12.000,00 د.م." as the page prints it: spaces may be no-break, marks (RLM, isolates) may surround it. */
const moneyPattern = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\u2066-\\u2069]*[\\s\\u00a0\\u202f]").replace(/د\\\.م\\\./, "د\\.م\\.[\\u200f]?"));

test.describe("staff workspace", () => {
  // Long journeys on a shared machine: each test fills several forms and scans each page with axe.
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let cooperativeUrl = "";
  let grantUrl = "";
  const registerNumber = `E2E-${run}`;
  const slug = `e2e-meeting-${run}`;

  test("creates a cooperative and finds it without diacritics", async ({ page, checkA11y, appLocale }) => {
    const L = LANGUAGES[appLocale];
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/cooperatives/new`);
    await checkA11y();
    await field(page, "registerNumber").fill(`${registerNumber}-${appLocale}`);
    await field(page, "nameAr").fill(appLocale === "ar" ? L.cooperativeName : L.cooperativeOtherName);
    await field(page, "nameFr").fill(appLocale === "fr" ? L.cooperativeName : L.cooperativeOtherName);
    await field(page, "sectorId").selectOption({ label: L.sector });
    await field(page, "communeId").selectOption({ label: L.commune });
    await field(page, "members").fill("20");
    await field(page, "womenMembers").fill("12");
    await field(page, "youngMembers").fill("8");
    await page.getByRole("button", { name: L.m.Cooperatives.create }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/cooperatives/\\d+$`));
    cooperativeUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(L.cooperativeName);
    await checkA11y();

    await page.goto(`/${appLocale}/admin/cooperatives?q=${encodeURIComponent(L.cooperativeListQuery)}`);
    await expect(page.getByRole("link", { name: L.cooperativeName })).toBeVisible();
  });

  test("creates a grant from the cooperative's page: search, axes of the programme, running total", async ({ page, checkA11y, appLocale }) => {
    const L = LANGUAGES[appLocale];
    const form = L.m.Grants.form;
    await signIn(page, appLocale, DEMO.staff);
    // "Add a grant" on the cooperative's page opens the form with that cooperative chosen.
    await page.goto(cooperativeUrl);
    await page.getByRole("link", { name: L.m.Cooperatives.addGrant }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/grants/new\\?cooperativeId=\\d+$`));
    const combobox = page.getByRole("combobox", { name: form.cooperative });
    await expect(combobox).toHaveValue(new RegExp(L.cooperativeName));
    await expect(field(page, "cooperativeId")).toHaveValue(cooperativeUrl.split("/").pop()!);
    await checkA11y();

    // Picked again by typing, with the keyboard: the list holds only matching cooperatives.
    await combobox.fill(L.cooperativeQuery);
    await expect(field(page, "cooperativeId")).toHaveValue("");
    const listbox = page.getByRole("listbox", { name: form.cooperative });
    await expect(listbox.getByRole("option")).toHaveCount(1);
    await expect(combobox).toHaveAttribute("aria-expanded", "true");
    await checkA11y();
    await combobox.press("ArrowDown");
    await expect(combobox).toHaveAttribute("aria-activedescendant", /option-0$/);
    await combobox.press("Enter");
    await expect(listbox).toBeHidden();
    await expect(combobox).toHaveValue(new RegExp(L.cooperativeName));
    await expect(field(page, "cooperativeId")).toHaveValue(cooperativeUrl.split("/").pop()!);

    // The axis list follows the programme.
    const axisOptions = field(page, "axisId").locator("option");
    await choose(page, "programmeId", L.otherProgramme);
    await expect(axisOptions).toHaveCount(1); // "no axis" only: this programme has none
    await choose(page, "programmeId", L.programme);
    await expect(axisOptions.filter({ hasText: L.axis })).toHaveCount(1);
    expect(await axisOptions.count()).toBeLessThan(6);
    await choose(page, "axisId", L.axis);

    await field(page, "titleAr").fill(appLocale === "ar" ? L.grantTitle : `معدات التعاونية ${run}${appLocale}`);
    await field(page, "titleFr").fill(appLocale === "fr" ? L.grantTitle : `Équipements ${run}${appLocale}`);
    await field(page, "approvedOn").fill("2024-03-15");
    await field(page, "status").selectOption("IN_PROGRESS");

    // The running total follows each amount typed.
    const total = page.locator("[data-running-total]");
    await field(page, "totalCost").fill("500.000,00");
    await expect(total).toContainText(form.runningTotal.remaining);
    await field(page, "indhContribution").fill("250.000");
    await field(page, "beneficiaryContribution").fill("150000");
    await expect(total.getByText(moneyPattern(L.mad("100.000,00"))).first()).toBeVisible();
    await choose(page, "partnerContributions.0.organisationId", /ODCO/);
    await field(page, "partnerContributions.0.amount").fill("60 000");
    await expect(total).toContainText(moneyPattern(L.mad("40.000,00")));
    await field(page, "partnerContributions.1.amount").fill("52000");
    await expect(total).toContainText(form.runningTotal.excess);
    await expect(total).toContainText(moneyPattern(L.mad("12.000,00")));
    await field(page, "partnerContributions.1.amount").fill("40000");
    await expect(total).toContainText(form.runningTotal.balanced);
    await choose(page, "partnerContributions.1.organisationId", /ADS/);
    await field(page, "tranches.0.plannedOn").fill("2024-04-01");
    await field(page, "tranches.0.amount").fill("150000");
    await field(page, "tranches.0.paidOn").fill("2024-04-10");
    await field(page, "tranches.1.plannedOn").fill("2024-10-01");
    await field(page, "tranches.1.amount").fill("100000");
    await checkA11y();
    await page.getByRole("button", { name: form.save }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/grants/\\d+$`));
    grantUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toContainText(L.grantTitle);
    await expect(page.getByText("500.000,00").first()).toBeVisible();
    await checkA11y();

    await page.goto(`/${appLocale}/admin/grants?q=${encodeURIComponent(L.grantTitle)}`);
    await expect(page.getByRole("link", { name: L.grantTitle })).toBeVisible();
    await page.goto(cooperativeUrl);
    await expect(page.getByRole("link", { name: L.grantTitle })).toBeVisible();
  });

  test("opens the grant's edit form with amounts as they are shown and its cooperative chosen", async ({ page, checkA11y, appLocale }) => {
    const L = LANGUAGES[appLocale];
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`${grantUrl}/edit`);
    await expect(field(page, "totalCost")).toHaveValue("500.000,00");
    await expect(field(page, "indhContribution")).toHaveValue("250.000,00");
    await expect(field(page, "partnerContributions.0.amount")).toHaveValue("60.000,00");
    await expect(field(page, "tranches.1.amount")).toHaveValue("100.000,00");
    await expect(page.getByRole("combobox", { name: L.m.Grants.form.cooperative })).toHaveValue(new RegExp(L.cooperativeName));
    await expect(field(page, "axisId").locator("option:checked")).toHaveText(L.axis);
    await expect(page.locator("[data-running-total]")).toContainText(L.m.Grants.form.runningTotal.balanced);
    await checkA11y();
  });

  test("creates and publishes an event with a presentation, then reads it on the public site", async ({ page, checkA11y, appLocale }) => {
    const L = LANGUAGES[appLocale];
    await signIn(page, appLocale, DEMO.staff);
    await page.goto(`/${appLocale}/admin/events/new`);
    await checkA11y();
    await field(page, "slug").fill(`${slug}-${appLocale}`);
    await field(page, "kind").selectOption("WORKSHOP");
    await field(page, "titleAr").fill(appLocale === "ar" ? L.eventTitle : `ورشة الاختبار ${run}${appLocale}`);
    await field(page, "titleFr").fill(appLocale === "fr" ? L.eventTitle : `Atelier de test ${run}${appLocale}`);
    await field(page, "startsAtDate").fill("2025-11-20");
    await field(page, "startsAtTime").fill("10:00");
    await field(page, "venueAr").fill("دار الشباب حسنونة");
    await field(page, "venueFr").fill("Maison des jeunes Hasnouna");
    await field(page, "communeId").selectOption({ label: L.commune });
    await choose(page, "organiserId", L.organiser);
    await field(page, "summaryAr").fill("ملخص الورشة.");
    await field(page, "summaryFr").fill("Résumé de l'atelier.");
    await field(page, "bodyAr").fill("نص **الورشة**.");
    await field(page, "bodyFr").fill("Texte de l'**atelier**.");
    await field(page, "presentations.0.titleAr").fill("عرض حول التسويق");
    await field(page, "presentations.0.titleFr").fill("Exposé sur la commercialisation");
    await field(page, "presentations.0.presenterRoleAr").fill("ممثل الغرفة");
    await field(page, "presentations.0.presenterRoleFr").fill("Représentant de la chambre");
    await field(page, "status").selectOption("PUBLISHED");
    await page.getByRole("button", { name: L.m.AdminEvents.form.save, exact: true }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/events/\\d+$`));
    await checkA11y();

    await page.goto(`/${appLocale}/admin/events`);
    await expect(page.getByRole("link", { name: L.eventTitle })).toBeVisible();
    await page.goto(`/${appLocale}/events/${slug}-${appLocale}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(L.eventTitle);
    await expect(page.getByText(L.presentation)).toBeVisible();
  });

  test("refuses each blocking rule next to its field and keeps what was typed", async ({ page, appLocale }) => {
    const L = LANGUAGES[appLocale];
    const v = L.m.Validation;
    await signIn(page, appLocale, DEMO.staff);
    const cooperativeId = cooperativeUrl.split("/").pop();
    const fillGrant = async (amounts: Record<string, string>) => {
      await page.goto(`/${appLocale}/admin/grants/new?cooperativeId=${cooperativeId}`);
      await choose(page, "programmeId", L.programme);
      await field(page, "titleAr").fill("مشروع مرفوض");
      await field(page, "titleFr").fill("Projet refusé");
      await field(page, "approvedOn").fill("2024-05-02");
      for (const [name, value] of Object.entries(amounts)) await field(page, name).fill(value);
      await page.getByRole("button", { name: L.m.Grants.form.save }).click();
    };
    const expectKept = async (amounts: Record<string, string>) => {
      await expect(field(page, "titleAr")).toHaveValue("مشروع مرفوض");
      await expect(field(page, "programmeId").locator("option:checked")).toContainText(L.programme);
      await expect(page.getByRole("combobox", { name: L.m.Grants.form.cooperative })).toHaveValue(new RegExp(L.cooperativeName));
      for (const [name, value] of Object.entries(amounts)) await expect(field(page, name)).toHaveValue(value);
    };

    const negative = { totalCost: "100000", indhContribution: "-5000", beneficiaryContribution: "105000" };
    await fillGrant(negative);
    await expect(errorOf(page, "indhContribution")).toHaveText(v.negativeAmount);
    await expectKept(negative);

    const aboveCost = { totalCost: "100000", indhContribution: "120000", beneficiaryContribution: "0" };
    await fillGrant(aboveCost);
    await expect(errorOf(page, "indhContribution")).toHaveText(v.indhExceedsTotalCost);
    await expectKept(aboveCost);

    // The sum error states the gap in MAD, and so does the running total.
    const notAddingUp = { totalCost: "100000", indhContribution: "50000", beneficiaryContribution: "38000" };
    await fillGrant(notAddingUp);
    await expect(errorOf(page, "totalCost")).toContainText(v.contributionsShort.split("\u2068")[0]!);
    await expect(errorOf(page, "totalCost")).toContainText(moneyPattern(L.mad("12.000,00")));
    await expect(page.locator("[data-running-total]")).toContainText(moneyPattern(L.mad("12.000,00")));
    await expectKept(notAddingUp);

    const tranchesAbove = { totalCost: "100000", indhContribution: "50000", beneficiaryContribution: "50000", "tranches.0.plannedOn": "2024-06-01", "tranches.0.amount": "50000,01" };
    await fillGrant(tranchesAbove);
    await expect(errorOf(page, "tranches")).toHaveText(v.tranchesExceedIndh);
    await expectKept(tranchesAbove);

    // The register number is unique in the prefecture.
    await page.goto(`/${appLocale}/admin/cooperatives/new`);
    await field(page, "registerNumber").fill(`${registerNumber}-${appLocale}`);
    await field(page, "nameAr").fill("تعاونية مكررة");
    await field(page, "nameFr").fill("Doublon");
    await field(page, "sectorId").selectOption({ label: L.otherSector });
    await field(page, "communeId").selectOption({ label: L.otherCommune });
    await field(page, "members").fill("9");
    await field(page, "womenMembers").fill("10");
    await field(page, "youngMembers").fill("0");
    await page.getByRole("button", { name: L.m.Cooperatives.create }).click();
    await expect(errorOf(page, "womenMembers")).toBeVisible();
    await expect(field(page, "sectorId").locator("option:checked")).toHaveText(L.otherSector);
    await expect(field(page, "communeId").locator("option:checked")).toHaveText(L.otherCommune);
    await field(page, "womenMembers").fill("3");
    await page.getByRole("button", { name: L.m.Cooperatives.create }).click();
    await expect(errorOf(page, "registerNumber")).toHaveText(v.registerNumberTaken);
    await expect(field(page, "nameAr")).toHaveValue("تعاونية مكررة");
  });
});
