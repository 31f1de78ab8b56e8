import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./auth";
import { fillEvent } from "./support/event-form";

// The journey, in both languages: a national ADMIN creates a province, gives it two communes (one
// typed in the workspace, one imported from a CSV file) and its first STAFF user, who signs in, sees only
// that province, and files an event there whose public page compares only with that province's records
// (none yet: it says so, instead of flagging Tanger-Assilah's figures or zeros as contradictions).
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const run = Date.now().toString(36).toUpperCase();

const L = {
  ar: {
    newPrefecture: "عمالة أو إقليم جديد", create: "إنشاء", addCommune: "إضافة جماعة", importCommunes: "استيراد الجماعات (CSV)",
    check: "معاينة", firstUser: "إنشاء مستخدم في هذه العمالة أو الإقليم", createUser: "إنشاء الحساب", created: "تم إنشاء الحساب",
    newRow: "للإنشاء", imported: /تم الاستيراد: 1 جديدة/, confirm: "تسجيل سطر واحد", region: "جهة الشرق",
    createOrganisation: "إحداث الهيئة", save: "حفظ", noRecords: "لا توجد سجلات محفوظة عن", differs: "فروق مع السجلات",
  },
  fr: {
    newPrefecture: "Nouvelle préfecture ou province", create: "Créer", addCommune: "Ajouter une commune", importCommunes: "Importer des communes (CSV)",
    check: "Vérifier le fichier", firstUser: "Créer un utilisateur dans cette préfecture ou province", createUser: "Créer le compte", created: "Compte créé",
    newRow: "À créer", imported: /Import terminé : 1 créées/, confirm: "Enregistrer 1 ligne", region: "Région de l'Oriental",
    createOrganisation: "Créer l'organisme", save: "Enregistrer", noRecords: "Aucun enregistrement n'est détenu pour", differs: "Écarts avec les registres",
  },
} as const;

test.describe("the whole country's territory", () => {
  test.describe.configure({ mode: "serial" });

  test("a national admin creates a province, its communes and its first staff user, who sees only that province", async ({ page, appLocale, checkA11y }) => {
    test.setTimeout(300_000); // six pages scanned by axe, two sign-ins, two forms, on a shared 2-core machine
    const l = L[appLocale];
    const national = { email: `national.${run.toLowerCase()}.${appLocale}@example.ma`, password: randomBytes(18).toString("base64url") };
    const staff = { email: `staff.${run.toLowerCase()}.${appLocale}@example.ma`, password: randomBytes(18).toString("base64url") };
    const code = `E2E-${appLocale.toUpperCase()}-${run}`;
    execFileSync("node_modules/.bin/tsx", ["e2e/support/national-admin.ts"], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, E2E_NATIONAL_EMAIL: national.email, E2E_NATIONAL_PASSWORD: national.password },
      stdio: "inherit",
    });

    await signIn(page, appLocale, national);
    await page.goto(`/${appLocale}/admin/territory`);
    await checkA11y();
    await page.getByRole("link", { name: l.newPrefecture }).click();
    await page.waitForURL(/\/territory\/prefectures\/new$/);
    await checkA11y();
    await field(page, "regionId").selectOption({ label: l.region });
    await field(page, "code").fill(code.toLowerCase());
    await field(page, "kind").selectOption("PROVINCE");
    await field(page, "nameAr").fill(`إقليم التجربة ${run}`);
    await field(page, "nameFr").fill(`Province d'essai ${run}`);
    await page.getByRole("button", { name: l.create, exact: true }).click();
    await page.waitForURL(/\/territory\/prefectures\/\d+$/);
    const prefectureUrl = page.url();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(appLocale === "ar" ? `إقليم التجربة ${run}` : `Province d'essai ${run}`);
    await checkA11y();

    // First commune: typed in the workspace, its province already chosen.
    await page.getByRole("link", { name: l.addCommune }).click();
    await page.waitForURL(/\/communes\/new\?prefecture=\d+$/);
    await expect(field(page, "prefectureId").locator("option:checked")).toHaveText(appLocale === "ar" ? `إقليم التجربة ${run}` : `Province d'essai ${run}`);
    await field(page, "code").fill("OULED-E2E");
    await field(page, "nameAr").fill("أولاد التجربة");
    await field(page, "nameFr").fill("Ouled Essai");
    await field(page, "alternativeNames").fill("أولاد التجريب, Oulad Essai");
    await field(page, "legalStatus").selectOption("RURAL_COMMUNE");
    await field(page, "setting").selectOption("RURAL");
    await page.getByRole("button", { name: l.create, exact: true }).click();
    await page.waitForURL(/\/territory\/communes\/\d+$/);

    // Second commune: from a CSV file, previewed then confirmed.
    await page.goto(`/${appLocale}/admin/territory`);
    await page.getByRole("link", { name: l.importCommunes }).click();
    await page.waitForURL(/\/communes\/import$/);
    const csv = `\uFEFFCode de la préfecture ou province;Code de la commune;Nom en arabe;Nom en français;Statut juridique;Milieu;Autres graphies\r\n${code};CENTRE-E2E;مركز التجربة;Centre Essai;URBAN_MUNICIPALITY;URBAN;Markaz Essai\r\n`;
    await page.locator('input[name="file"]').setInputFiles({ name: "communes.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: l.check }).click();
    await expect(page.getByRole("cell", { name: l.newRow, exact: true })).toBeVisible();
    await checkA11y();
    await page.getByRole("button", { name: l.confirm }).click();
    await expect(page.getByText(l.imported)).toBeVisible();

    // Its first user, the province already chosen.
    await page.goto(prefectureUrl);
    await page.getByRole("link", { name: l.firstUser }).click();
    await page.waitForURL(/\/admin\/users\/new\?prefecture=\d+$/);
    await checkA11y();
    await field(page, "email").fill(staff.email);
    await field(page, "name").fill("Agent E2E");
    await field(page, "role").selectOption("STAFF");
    await field(page, "password").fill(staff.password);
    await page.getByRole("button", { name: l.createUser }).click();
    await expect(page.getByText(l.created)).toBeVisible();

    // The new user sees their province's two communes and none of Tanger-Assilah's records.
    await page.context().clearCookies();
    await signIn(page, appLocale, staff);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the sign-in's redirect has landed
    await page.goto(`/${appLocale}/admin/cooperatives/new`);
    const communes = await field(page, "communeId").locator("option").allTextContents();
    expect(communes.slice(1).sort()).toEqual(appLocale === "ar" ? ["أولاد التجربة", "مركز التجربة"].sort() : ["Centre Essai", "Ouled Essai"]);
    await page.goto(`/${appLocale}/admin/cooperatives`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("tbody tr")).toHaveCount(0);

    // They record their province's Social Action Division as an organisation, then file an event there.
    await page.goto(`/${appLocale}/admin/organisations/new`);
    await field(page, "code").fill("DAS");
    await field(page, "kind").selectOption("PREFECTURE");
    await field(page, "nameAr").fill(`قسم العمل الاجتماعي ${run}`);
    await field(page, "nameFr").fill(`Division de l'action sociale ${run}`);
    await page.getByRole("button", { name: l.createOrganisation, exact: true }).click();
    await page.waitForURL(/\/admin\/organisations\/\d+$/);
    const slug = `e2e-province-${run.toLowerCase()}-${appLocale}`;
    await page.goto(`/${appLocale}/admin/events/new`);
    await expect(page.locator('select[name="prefecture"]')).toHaveCount(0); // their own province, no choice
    await fillEvent(page, slug, run);
    await page.getByRole("button", { name: l.save, exact: true }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/events/\\d+$`));

    // Its public page: the province holds no grant yet, and says so; nothing is compared with Tanger-Assilah.
    await page.goto(`/${appLocale}/events/${slug}`);
    const provinceName = appLocale === "ar" ? `إقليم التجربة ${run}` : `Province d'essai ${run}`;
    await expect(page.getByTestId("no-records")).toContainText(`${l.noRecords} ${provinceName}`);
    await expect(page.getByTestId("reported-only")).toContainText(/1\.000\.000,00/);
    await expect(page.getByRole("heading", { name: l.differs })).toHaveCount(0);
    await checkA11y();
  });
});
