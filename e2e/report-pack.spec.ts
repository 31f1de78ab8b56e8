import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { holds, pdfText } from "./support/pdf-text";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { formatMoney } from "@/lib/format/money";

// The committee's report pack printed by Chromium to an A4 PDF, read back with pdf.js: the cover (title,
// prefecture), every section's heading, the running header and a number on every page, the dashboard's
// INDH contribution as the dashboard page shows it, and the overdue tranches' total as computed here,
// straight from the e2e database.
const FROM = 2011;
const TO = 2030;
const T = {
  ar: {
    title: "تقرير إلى اللجنة الإقليمية للتنمية البشرية",
    prefecture: "عمالة طنجة أصيلة",
    headings: ["الأرقام حسب الوسط والمرحلة", "مسار ملفات الترشيح", "الأشطر المستحقة والمتأخرة", "النتائج الميدانية للمشاريع", "المشاريع المهددة بالتعثر أو المتوقفة", "القرارات المطلوب اتخاذها"],
    period: `من ${FROM} إلى ${TO}`,
    indh: "مساهمة المبادرة",
    page: (n: number, of: number) => `صفحة ${n} من ${of}`,
  },
  fr: {
    title: "Rapport au Comité provincial de développement humain",
    prefecture: "Préfecture de Tanger-Assilah",
    headings: ["Chiffres par milieu et par phase", "Parcours des candidatures", "Tranches dues et en retard", "Résultats des projets sur le terrain", "Projets en difficulté ou à l'arrêt", "Décisions à prendre"],
    period: `De ${FROM} à ${TO}`,
    indh: "Contribution de l'INDH",
    page: (n: number, of: number) => `Page ${n} sur ${of}`,
  },
} as const;

/** The unpaid tranches planned before today in Morocco of the seeded prefecture's grants approved in the period, not cancelled. */
const OVERDUE_SCRIPT = `(async () => {
  const { getDb } = require("@/lib/db");
  const { moroccoToday } = require("@/lib/conventions/rules");
  const db = getDb();
  const prefecture = await db.prefecture.findFirstOrThrow({ orderBy: { id: "asc" } });
  const rows = await db.grantTranche.findMany({
    where: { paidOn: null, plannedOn: { lt: moroccoToday() }, grant: { prefectureId: prefecture.id, status: { not: "CANCELLED" },
      approvedOn: { gte: new Date(Date.UTC(${FROM}, 0, 1)), lt: new Date(Date.UTC(${TO + 1}, 0, 1)) } } },
    select: { amountCentimes: true },
  });
  process.stdout.write(JSON.stringify({ count: rows.length, centimes: rows.reduce((s, r) => s + r.amountCentimes, 0n).toString() }));
  await db.$disconnect();
})();`;

function overdueFromDatabase(): { count: number; centimes: bigint } {
  const out = execFileSync("node_modules/.bin/tsx", ["--eval", OVERDUE_SCRIPT], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL }, encoding: "utf8" });
  const parsed = JSON.parse(out) as { count: number; centimes: string };
  return { count: parsed.count, centimes: BigInt(parsed.centimes) };
}

/** The amount's digits and separators: the currency sign is laid out apart from them in the PDF. */
const digits = (amount: string) => amount.match(/\d[\d.,]*/)?.[0] ?? amount;

test("the committee's report prints to numbered A4 pages with its sections, running header and totals", async ({ page, appLocale, checkA11y }) => {
  test.setTimeout(120_000);
  const t = T[appLocale];
  const query = `fromYear=${FROM}&toYear=${TO}`;
  await signIn(page, appLocale, DEMO.staff);

  // The dashboard's own figure, as the dashboard page shows it.
  await page.goto(`/${appLocale}/admin/dashboard?${query}`);
  const indhCard = page.getByTestId("headline").locator("div", { has: page.locator("dt", { hasText: new RegExp(`^${t.indh}$`) }) });
  const dashboardIndh = (await indhCard.locator("dd").first().innerText()).trim();
  expect(dashboardIndh).toMatch(/\d/);
  const overdue = overdueFromDatabase();
  expect(overdue.count).toBeGreaterThan(0);

  await page.goto(`/${appLocale}/admin/reports/committee?${query}`);
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  await expect(page.getByTestId("report-prefecture")).toHaveText(t.prefecture);
  await expect(page.getByTestId("report-overdue-total")).toContainText(formatMoney(overdue.centimes, appLocale));
  await checkA11y(page);

  const shots = process.env.REPORT_SHOTS_DIR;
  if (shots) {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: path.join(shots, `report-${appLocale}.png`), fullPage: true });
  }

  // On paper nothing may be wider than the sheet (A4 less the 12 mm side margins: 703 CSS pixels), or
  // Chromium shrinks every page to fit it.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 703, height: 1000 });
  const tooWide = await page.evaluate(() => {
    const sheet = document.querySelector("article.report-pack")!.getBoundingClientRect().width;
    return Array.from(document.querySelectorAll("article.report-pack table, article.report-pack figure"))
      .filter((el) => el.getBoundingClientRect().width > sheet + 1)
      .map((el) => (el.querySelector("caption, figcaption")?.textContent ?? el.tagName).slice(0, 80));
  });
  expect(tooWide).toEqual([]);
  await page.emulateMedia({ media: null });
  const buffer = await page.pdf({ format: "A4", preferCSSPageSize: true });
  if (shots) fs.writeFileSync(path.join(shots, `report-${appLocale}.pdf`), buffer);
  const pdf = await pdfText(buffer);
  expect(Math.abs(pdf.width - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(pdf.height - 841.89)).toBeLessThan(1.5);
  const pages = pdf.pages.length;
  expect(pages).toBeGreaterThanOrEqual(5);
  const cover = pdf.pages[0]!;
  for (const phrase of [t.title, t.prefecture, t.period]) expect(holds(cover, phrase), `cover: ${phrase}`).toBe(true);
  // Each section starts a sheet of its own, after the cover (which lists them all); every missing heading is reported.
  for (const heading of t.headings) {
    expect.soft(holds(cover, heading), `contents: ${heading}`).toBe(true);
    expect.soft(pdf.pages.slice(1).some((p) => holds(p, heading)), `section: ${heading}`).toBe(true);
  }
  // The running header names the prefecture on every sheet after the cover (the letterhead is on the cover only).
  pdf.pages.slice(1).forEach((p, i) => expect(holds(p, t.prefecture), `running header, page ${i + 2}`).toBe(true));
  pdf.pages.forEach((p, i) => expect(holds(p, t.page(i + 1, pages)), `page ${i + 1} of ${pages}`).toBe(true));
  expect(pdf.pages.some((p) => holds(p, digits(dashboardIndh))), `dashboard INDH ${dashboardIndh}`).toBe(true);
  expect(pdf.pages.some((p) => holds(p, digits(formatMoney(overdue.centimes, appLocale)))), "overdue tranches total").toBe(true);
});
