import { holds, pdfText } from "./support/pdf-text";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// The dashboard's print view printed by Chromium to an A4 PDF, read back with pdf.js: the official
// letterhead, the title, the filters, the date, every headline total and a number on every page.
const T = {
  ar: { title: "لوحة القيادة — نسخة للطباعة", rural: "الوسط: قروي", filters: "التصفية المطبقة", printedOn: "حُرر بتاريخ", page: (n: number, of: number) => `صفحة ${n} من ${of}`, nav: "تنقل فضاء العمل" },
  fr: { title: "Tableau de bord — version imprimable", rural: "Milieu : Rural", filters: "Filtres appliqués", printedOn: "Édité le", page: (n: number, of: number) => `Page ${n} sur ${of}`, nav: "Navigation de l'espace de travail" },
} as const;
// Both columns of the letterhead, whatever the page's language.
const LETTERHEAD = ["المملكة المغربية", "Royaume du Maroc", "وزارة الداخلية", "Ministère de l'Intérieur", "عمالة طنجة أصيلة", "Préfecture de Tanger-Assilah", "المبادرة الوطنية للتنمية البشرية", "Initiative Nationale pour le Développement Humain"];

test("the print view prints to numbered A4 pages with the letterhead, the filters and the totals", async ({ page, appLocale }) => {
  test.setTimeout(90_000);
  const t = T[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  await page.goto(`/${appLocale}/admin/dashboard/print?zone=RURAL`);
  const totals = await page.getByTestId("headline").locator("dd").allInnerTexts();
  expect(totals.length).toBeGreaterThanOrEqual(8);

  const pdf = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
  // A4 is 595.28 x 841.89 points; Chromium rounds the sheet to whole CSS pixels (596 x 843).
  expect(Math.abs(pdf.width - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(pdf.height - 841.89)).toBeLessThan(1.5);
  expect(pdf.pages.length).toBeGreaterThan(1);
  const first = pdf.pages[0]!;
  for (const phrase of [...LETTERHEAD, t.title, t.filters, t.rural, t.printedOn]) expect(holds(first, phrase), phrase).toBe(true);
  // The amounts keep their digits and separators; the currency sign is laid out apart from them.
  for (const total of totals) expect(pdf.pages.some((p) => holds(p, total.match(/\d[\d.,]*/)?.[0] ?? total)), total).toBe(true);
  pdf.pages.forEach((text, i) => expect(holds(text, t.page(i + 1, pdf.pages.length)), `page ${i + 1} of ${pdf.pages.length}`).toBe(true));
});

test("on paper the workspace menu and its column are gone: the report takes the page's whole width", async ({ page, appLocale }) => {
  await signIn(page, appLocale, DEMO.manager);
  await page.goto(`/${appLocale}/admin/dashboard/print`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: T[appLocale].nav })).toBeHidden();
  const [report, main] = await Promise.all([page.getByTestId("letterhead").boundingBox(), page.locator("main").boundingBox()]);
  expect(report!.width).toBeGreaterThan(main!.width * 0.97);
});
