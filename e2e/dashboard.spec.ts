import fs from "node:fs";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findClippedChartText } from "./support/clipped-chart-text";

const T = {
  ar: {
    apply: "تطبيق", zone: "الوسط", exportsToggle: "تنزيل وطباعة", save: "حفظ", beingUpdated: "يجري الآن تحديث هذه الأرقام", rural: "قروي", csv: "تنزيل CSV", print: "نسخة للطباعة", totalCost: "الكلفة الإجمالية", grants: "المشاريع الممولة",
    overview: "الأرقام الرئيسية", breakdowns: "التفاصيل", outcomes: "النتائج الميدانية", applications: "مسار الترشيحات",
  },
  fr: {
    apply: "Appliquer", zone: "Milieu", exportsToggle: "Télécharger et imprimer", save: "Enregistrer", beingUpdated: "ces chiffres sont en cours de mise à jour", rural: "Rural", csv: "Télécharger en CSV", print: "Version imprimable", totalCost: "Coût total", grants: "Projets financés",
    overview: "Chiffres clés", breakdowns: "Détail", outcomes: "Résultats sur le terrain", applications: "Parcours des candidatures",
  },
} as const;

const digits = (text: string) => text.replace(/[^\d]/g, "");

test("a manager filters the dashboard, downloads a CSV whose totals match the screen, and can edit nothing", async ({ page, appLocale, checkA11y }) => {
  const t = T[appLocale];
  await signIn(page, appLocale, DEMO.manager);
  await page.goto(`/${appLocale}/admin/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await checkA11y();
  const headline = page.getByTestId("headline");
  const costCard = headline.locator("div").filter({ hasText: t.totalCost }).locator("dd").first();
  const allCost = digits(await costCard.innerText());

  // Narrow to the rural zone: the URL keeps the filter and the figures change.
  await page.getByLabel(t.zone, { exact: true }).selectOption("RURAL");
  await page.getByRole("button", { name: t.apply }).click();
  await expect(page).toHaveURL(/zone=RURAL/);
  const ruralCost = digits(await costCard.innerText());
  expect(ruralCost).not.toBe(allCost);
  expect(BigInt(ruralCost)).toBeLessThan(BigInt(allCost));
  await checkA11y();

  // The CSV of the same view carries the filter at the top and the same totals.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: t.csv }).click();
  const download = await downloadPromise;
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv).toContain(t.rural);
  const costLine = csv.split(/\r?\n/).find((line) => line.startsWith(`${t.totalCost},`));
  expect(digits(costLine ?? "")).toBe(ruralCost);
  const grantsLine = csv.split(/\r?\n/).find((line) => line.startsWith(`${t.grants},`));
  const grantsCard = headline.locator("div").filter({ hasText: t.grants }).locator("dd").first();
  expect(digits(grantsLine ?? "")).toBe(digits(await grantsCard.innerText()));

  // The dashboard's other pages keep the selection, each with its own figures and its own filters form.
  const sections = page.getByTestId("dashboard-sections");
  await expect(sections.locator('[aria-current="page"]')).toHaveText(t.overview);
  await sections.getByRole("link", { name: t.outcomes }).click();
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/admin/dashboard/outcomes\\?zone=RURAL$`));
  await expect(sections.locator('[aria-current="page"]')).toHaveText(t.outcomes);
  await expect(page.getByLabel(t.zone, { exact: true })).toHaveValue("RURAL");
  await expect(page.getByTestId("outcomes-headline")).toBeVisible();
  await expect(page.getByTestId("headline")).toHaveCount(0);
  await checkA11y();
  await sections.getByRole("link", { name: t.applications }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/dashboard/applications\\?zone=RURAL$`));
  await expect(page.getByTestId("pipeline-stages")).toBeVisible();
  await sections.getByRole("link", { name: t.breakdowns }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/dashboard/breakdowns\\?zone=RURAL$`));
  await expect(page.getByRole("heading", { level: 2, name: t.breakdowns })).toBeVisible();
  await checkA11y();
  // Filtering on a page stays on it.
  await page.getByLabel(t.zone, { exact: true }).selectOption("");
  await page.getByRole("button", { name: t.apply }).click();
  await page.waitForURL((url) => url.pathname.endsWith("/admin/dashboard/breakdowns") && !url.search.includes("zone=RURAL"));
  await page.goto(`/${appLocale}/admin/dashboard?zone=RURAL`);

  // Clicking a bar narrows further (drill-down keeps the zone).
  await page.getByTestId("zone-phase-table").getByRole("link").first().click();
  await expect(page).toHaveURL(/phaseId=\d+/);

  // The print view of the same selection.
  await page.goto(`/${appLocale}/admin/dashboard?zone=RURAL`);
  await page.getByRole("link", { name: t.print }).click();
  await expect(page.getByTestId("print-filters")).toContainText(t.rural);
  await checkA11y();

  // Nothing on the way lets a manager change a record.
  await expect(page.locator('a[href*="/edit"], a[href$="/new"], textarea[name=reason]')).toHaveCount(0);
});

test("right after an edit, a national manager sees the country's last figures, marked as being updated, then the new ones", async ({ page, appLocale, checkA11y }) => {
  const t = T[appLocale];
  const notice = page.getByTestId("figures-being-updated");
  const upToDate = async () => {
    await expect(async () => {
      await page.reload();
      await expect(notice).toHaveCount(0);
    }).toPass({ timeout: 15_000 });
  };
  await signIn(page, appLocale, DEMO.national);
  await page.goto(`/${appLocale}/admin/dashboard`);
  await upToDate(); // earlier specs' edits may have left it being recomputed
  const asOf = async () => (await page.getByTestId("figures-as-of").innerText()).trim();
  const before = await asOf();

  // A cooperative of Tanger-Assilah saved: the country's figures are stale.
  await page.goto(`/${appLocale}/admin/cooperatives/1/edit`);
  await page.getByRole("button", { name: t.save }).click();
  await page.waitForURL(/\/admin\/cooperatives\/1$/);
  await page.goto(`/${appLocale}/admin/dashboard`);
  await expect(notice).toContainText(t.beingUpdated);
  expect(await asOf()).toBe(before); // the figures shown say when they were computed
  await checkA11y();
  await upToDate();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no chart label is cut at the chart's edge, on the dashboard or the public results", async ({ page, appLocale }) => {
    await signIn(page, appLocale, DEMO.manager);
    const dashboard = ["", "/breakdowns", "/outcomes", "/applications"].map((section) => `/admin/dashboard${section}`);
    for (const section of [...dashboard, "/results"]) {
      await page.goto(`/${appLocale}${section}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.locator("figure svg text").count(), section).toBeGreaterThan(0);
      expect(await findClippedChartText(page), section).toEqual([]);
    }
  });

  test("the downloads fold behind one button, as the filters do, and open on a tap", async ({ page, appLocale }) => {
    const t = T[appLocale];
    await signIn(page, appLocale, DEMO.manager);
    await page.goto(`/${appLocale}/admin/dashboard`);
    const csv = page.getByRole("link", { name: t.csv });
    await expect(csv).toBeHidden();
    await expect(page.getByRole("button", { name: t.apply })).toBeHidden();
    await page.getByText(t.exportsToggle, { exact: true }).click();
    await expect(csv).toBeVisible();
    await expect(page.getByRole("link", { name: t.print })).toBeVisible();
  });
});
