import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { COOPERATIVE_COLUMNS } from "@/lib/imports/columns";

// Real-world Arabic input, in each locale: a date and amounts typed in Eastern Arabic digits saved and shown
// day first, a bad date answered with the format's name next to the field, a search typed without hamza,
// and the import's messages for a missing column and for a badly quoted CSV.
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const errorOf = (page: Page, name: string) => page.locator(`#field-${name.replace(/\./g, "-")}-error`);
const run = Date.now().toString(36);

const LABELS = {
  ar: {
    saveGrant: "حفظ المشروع", createCooperative: "إحداث التعاونية", format: /يوم\/شهر\/سنة/, kind: "نوع المعطيات", kindOption: "التعاونيات",
    file: "ملف CSV أو XLSX", check: "التحقق من الملف", accepted: "«\u2068عدد الأعضاء\u2069» (أو «\u2068Membres\u2069»)", line3: /السطر \u2068?3\u2069?: علامة تنصيص مفتوحة لم تُغلق/,
    found: "العناوين الموجودة في ملفكم", headers: COOPERATIVE_COLUMNS.map((c) => c.ar),
  },
  fr: {
    saveGrant: "Enregistrer le projet", createCooperative: "Créer la coopérative", format: /jj\/mm\/aaaa/, kind: "Type de données", kindOption: "Coopératives",
    file: "Fichier CSV ou XLSX", check: "Vérifier le fichier", accepted: "« \u2068Membres\u2069 » (ou « \u2068عدد الأعضاء\u2069 »)", line3: /ligne 3 : un guillemet est ouvert et jamais fermé/,
    found: "En-têtes trouvés dans votre fichier", headers: COOPERATIVE_COLUMNS.map((c) => c.fr),
  },
} as const;

/** The first option whose value is not empty (the lists' order differs by locale; any one will do). */
async function chooseFirst(page: Page, name: string) {
  const value = await field(page, name).locator("option:not([value=''])").first().getAttribute("value");
  await field(page, name).selectOption(value ?? "");
}

test.describe.configure({ mode: "serial" });
// Three page loads, a save and an axe scan per test: slow on a loaded 2-core machine.
test.setTimeout(120_000);

test("a cooperative typed with Eastern Arabic digits, then found by a search typed without hamza", async ({ page, appLocale, checkA11y }) => {
  const l = LABELS[appLocale];
  await signIn(page, appLocale, DEMO.staff);
  await page.goto(`/${appLocale}/admin/cooperatives/new`);
  await field(page, "registerNumber").fill(`AR-${appLocale}-${run}`);
  await field(page, "nameAr").fill(`تعاونية الأمل ${run}`);
  await field(page, "nameFr").fill(`Coopérative Al Amal ${run}`);
  await chooseFirst(page, "sectorId");
  await chooseFirst(page, "communeId");
  await field(page, "foundedOn").fill("٠٢/٠٥/٢٠١٩");
  await field(page, "members").fill("٢٠");
  await field(page, "womenMembers").fill("۱۲");
  await field(page, "youngMembers").fill("٨");
  await expect(page.getByText(l.format).first()).toBeVisible(); // the format is named before anything is typed wrong
  await checkA11y();
  await page.getByRole("button", { name: l.createCooperative }).click();
  await page.waitForURL(new RegExp(`/${appLocale}/admin/cooperatives/\\d+$`));

  await page.goto(`/${appLocale}/admin/cooperatives?q=${encodeURIComponent(`الامل ${run}`)}`);
  await expect(page.getByRole("link", { name: new RegExp(`(الأمل|Al Amal) ${run}`) })).toBeVisible();
  await checkA11y();
});

test("a grant's date and amounts typed in Eastern Arabic digits are saved and shown dd/mm/yyyy; a bad date names the format", async ({ page, appLocale, checkA11y }) => {
  const l = LABELS[appLocale];
  await signIn(page, appLocale, DEMO.staff);
  await page.goto(`/${appLocale}/admin/cooperatives?q=${encodeURIComponent(run)}`);
  const cooperativeId = (await page.getByRole("link", { name: new RegExp(run) }).first().getAttribute("href"))?.split("/").pop();
  await page.goto(`/${appLocale}/admin/grants/new?cooperativeId=${cooperativeId}`);
  await chooseFirst(page, "programmeId");
  await field(page, "titleAr").fill(`مشروع الأرقام ${run}`);
  await field(page, "titleFr").fill(`Projet chiffres ${run}`);
  await field(page, "totalCost").fill("٥٠٠٬٠٠٠٫٠٠");
  await field(page, "indhContribution").fill("٣٠٠٠٠٠");
  await field(page, "beneficiaryContribution").fill("۲۰۰۰۰۰");

  await field(page, "approvedOn").fill("٣١/٠٢/٢٠٢٤"); // 31 February
  await page.getByRole("button", { name: l.saveGrant }).click();
  await expect(errorOf(page, "approvedOn")).toContainText(l.format);
  await expect(errorOf(page, "approvedOn")).toContainText("15/03/2024");
  await expect(field(page, "approvedOn")).toHaveValue("٣١/٠٢/٢٠٢٤"); // nothing typed is lost
  await expect(field(page, "totalCost")).toHaveValue("٥٠٠٬٠٠٠٫٠٠");
  await checkA11y();

  await field(page, "approvedOn").fill("١٥/٠٣/٢٠٢٤");
  await page.getByRole("button", { name: l.saveGrant }).click();
  await page.waitForURL(new RegExp(`/${appLocale}/admin/grants/\\d+$`));
  await expect(page.getByText("500.000,00").first()).toBeVisible();
  await expect(page.getByText("300.000,00").first()).toBeVisible();
  await checkA11y();

  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(field(page, "approvedOn")).toHaveValue("15/03/2024");
  await expect(field(page, "approvedOn")).toHaveAttribute("type", "text");
  await checkA11y();
});

test("an import names the missing columns with the file's own headers, and reports a badly quoted CSV line", async ({ page, appLocale, checkA11y }) => {
  const l = LABELS[appLocale];
  const upload = async (content: string) => {
    await page.goto(`/${appLocale}/admin/imports`);
    await page.getByLabel(l.kind).selectOption({ label: l.kindOption });
    await page.getByLabel(l.file).setInputFiles({ name: "cooperatives.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + content) });
    await page.getByRole("button", { name: l.check }).click();
    await page.waitForURL(/\/admin\/imports\?problem=/);
  };
  await signIn(page, appLocale, DEMO.staff);

  // The members columns are missing; the file calls its own columns differently.
  await upload([[...l.headers.slice(0, 7), "Adhérents"].join(","), ["X-1", "تعاونية", "Coop", "Apiculture", "Al Manzla", "", "", "12"].join(",")].join("\r\n"));
  const alert = page.locator("#import-file-error");
  await expect(alert).toContainText(l.accepted);
  await expect(alert).toContainText(l.found);
  await expect(alert).toContainText("Adhérents");
  await expect(alert).not.toContainText("womenMembers");
  await checkA11y();

  const row = (reg: string) => [reg, "تعاونية", "Coop", "Apiculture", "Al Manzla", "", "", "12", "7", "3", "", "", ""].join(",");
  await upload([l.headers.join(","), row("Q-1"), `Q-2,"تعاونية,Coop,Apiculture,Al Manzla,,,12,7,3,,,`, row("Q-3")].join("\r\n"));
  await expect(page.locator("#import-file-error")).toContainText(l.line3);
  await checkA11y();
});
