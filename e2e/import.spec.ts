import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { xlsxFile, xlsxWithWholeSheetMerge } from "@/lib/imports/test-files";

// A spreadsheet import through the browser, in each locale: upload, preview with one row in error
// (nothing can be confirmed), then the corrected file, its preview and its confirmation.
const run = `${Date.now().toString(36)}`;

const LABELS = {
  ar: {
    kind: "نوع المعطيات", kindOption: "التعاونيات", file: "ملف CSV أو XLSX", check: "التحقق من الملف", confirm: "تأكيد الاستيراد",
    headers: ["رقم التسجيل", "الاسم بالعربية", "الاسم بالفرنسية", "القطاع", "الجماعة", "عدد الأعضاء", "عدد النساء الأعضاء", "عدد الشباب الأعضاء"],
    sector: "تربية النحل", commune: "المنزلة", error: "خطأ", imported: /تم الاستيراد بتاريخ/, search: "البحث",
    tooComplex: /تعذرت قراءة الملف في حدود الخادم/,
  },
  fr: {
    kind: "Type de données", kindOption: "Coopératives", file: "Fichier CSV ou XLSX", check: "Vérifier le fichier", confirm: "Confirmer l'import",
    headers: ["N° d'immatriculation", "Nom en arabe", "Nom en français", "Secteur", "Commune", "Membres", "Femmes membres", "Jeunes membres"],
    sector: "Apiculture", commune: "Al Manzla", error: "Erreur", imported: /Importé le/, search: "Rechercher",
    tooComplex: /n'a pas pu être lu dans les limites du serveur/,
  },
} as const;

test("imports cooperatives from a CSV with a preview and a confirmation", async ({ page, appLocale, checkA11y }) => {
  const l = LABELS[appLocale];
  const reg = (n: number) => `E2E-IMP-${appLocale}-${run}-${n}`;
  const csv = (womenOfSecond: string) =>
    "\uFEFF" + [l.headers, [reg(1), "تعاونية الاستيراد", "Import Un", l.sector, l.commune, "10", "6", "2"], [reg(2), "تعاونية ثانية", "Import Deux", l.sector, l.commune, "10", womenOfSecond, "2"]]
      .map((r) => r.join(",")).join("\r\n");
  const upload = async (content: string) => {
    await page.goto(`/${appLocale}/admin/imports`);
    await checkA11y();
    await page.getByLabel(l.kind).selectOption({ label: l.kindOption });
    await page.getByLabel(l.file).setInputFiles({ name: "cooperatives.csv", mimeType: "text/csv", buffer: Buffer.from(content) });
    await page.getByRole("button", { name: l.check }).click();
    await page.waitForURL(new RegExp(`/${appLocale}/admin/imports/\\d+$`));
  };

  await signIn(page, appLocale, DEMO.staff);
  await upload(csv("16")); // 16 women of 10 members: the second row is refused
  await expect(page.getByRole("cell", { name: l.error, exact: true })).toHaveCount(1);
  await expect(page.getByRole("button", { name: l.confirm })).toHaveCount(0);
  await checkA11y();

  await upload(csv("4"));
  await expect(page.getByRole("cell", { name: l.error, exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: l.confirm }).click();
  await expect(page.getByText(l.imported)).toBeVisible();
  await checkA11y();

  await page.goto(`/${appLocale}/admin/cooperatives?q=${encodeURIComponent(reg(2))}`);
  await expect(page.getByRole("link", { name: "Import Deux" }).or(page.getByRole("link", { name: "تعاونية ثانية" }))).toBeVisible();
});

// XLSX files are read by exceljs in a worker thread with memory and time limits (lib/imports/read-xlsx.ts):
// through the production server, a genuine file reaches the preview, and a crafted 17 kB file that makes
// exceljs allocate without bound is refused with a message while the server keeps answering.
test("reads an XLSX upload, and refuses one crafted to exhaust the server's memory", async ({ page, appLocale }) => {
  const l = LABELS[appLocale];
  const uploadXlsx = async (bytes: Uint8Array) => {
    await page.goto(`/${appLocale}/admin/imports`);
    await page.getByLabel(l.kind).selectOption({ label: l.kindOption });
    await page.getByLabel(l.file).setInputFiles({ name: "cooperatives.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(bytes) });
    await page.getByRole("button", { name: l.check }).click();
  };
  await signIn(page, appLocale, DEMO.staff);

  await uploadXlsx(await xlsxFile([[...l.headers], [`E2E-XLSX-${appLocale}-${run}`, "تعاونية الجدول", "Tableur", l.sector, l.commune, "10", "4", "2"]]));
  await page.waitForURL(new RegExp(`/${appLocale}/admin/imports/\\d+$`));
  await expect(page.getByRole("cell", { name: l.error, exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: l.confirm })).toBeVisible();

  await uploadXlsx(await xlsxWithWholeSheetMerge());
  await expect(page.getByText(l.tooComplex)).toBeVisible({ timeout: 60_000 });
  const events = await page.goto(`/${appLocale}/events`);
  expect(events?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
