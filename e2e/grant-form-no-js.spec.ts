import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import ar from "../messages/ar.json";
import fr from "../messages/fr.json";

// The grant form without JavaScript: the cooperative is a plain select (no combobox), every axis is offered
// with its programme, and a refused save still states the gap in MAD, in the error and the running total.
test.use({ javaScriptEnabled: false });

// axe runs as a script in the page, so it cannot scan here: the same form is scanned with JavaScript in
// staff-workspace.spec.ts.
test("the grant form works without JavaScript and states the gap", async ({ page, appLocale }) => {
  test.setTimeout(120_000);
  const m = appLocale === "ar" ? ar : fr;
  await signIn(page, appLocale, DEMO.staff);
  await page.goto(`/${appLocale}/admin/cooperatives`);
  const cooperativeId = (await page.locator('tbody a[href*="/admin/cooperatives/"]').first().getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/${appLocale}/admin/grants/new?cooperativeId=${cooperativeId}`);
  await expect(page.getByRole("combobox", { name: m.Grants.form.cooperative })).toHaveJSProperty("tagName", "SELECT");
  await expect(page.locator('select[name="cooperativeId"]')).toHaveValue(cooperativeId);
  expect(await page.locator('select[name="cooperativeId"] option').count()).toBeGreaterThan(50);
  // Every programme's axes, each labelled with its programme.
  expect(await page.locator('select[name="axisId"] option').count()).toBeGreaterThan(5);

  const programme = await page.locator('select[name="programmeId"] option').filter({ hasText: appLocale === "ar" ? /تحسين الدخل/ : /Amélioration du revenu/ }).first().getAttribute("value");
  await page.locator('select[name="programmeId"]').selectOption(programme!);
  await page.locator('[name="titleAr"]').fill("مشروع بدون جافاسكريبت");
  await page.locator('[name="titleFr"]').fill("Projet sans JavaScript");
  await page.locator('[name="approvedOn"]').fill("2024-05-02");
  await page.locator('[name="totalCost"]').fill("100000");
  await page.locator('[name="indhContribution"]').fill("50000");
  await page.locator('[name="beneficiaryContribution"]').fill("38000");
  await page.getByRole("button", { name: m.Grants.form.save }).click();
  const gap = appLocale === "ar" ? /12\.000,00[\u2066-\u2069]*\s?د\.م\./ : /12\.000,00\sMAD/;
  await expect(page.locator("#field-totalCost-error")).toContainText(gap);
  await expect(page.locator("[data-running-total]")).toContainText(gap);
  await expect(page.locator('select[name="cooperativeId"]')).toHaveValue(cooperativeId);
  await expect(page.locator('[name="beneficiaryContribution"]')).toHaveValue("38000");
});
