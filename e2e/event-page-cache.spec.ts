import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";

// The public event page is cached (ISR, app/[locale]/events/[slug]/page.tsx): visitors get the stored copy
// until an event action revalidates it. The first visit after an edit must already show the edit, and an
// event taken back to draft must disappear, not linger in the cache.
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const run = Date.now().toString(36);
const slug = `e2e-cache-${run}`;
const url = `/ar/events/${slug}`;

async function save(page: Page) {
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.waitForURL(/\/ar\/admin\/events\/\d+$/);
}

test.skip(({ appLocale }) => appLocale !== "ar", "both languages share the page and its revalidation");

test("an event page is served from the cache, and an edit or unpublishing shows on the next visit", async ({ page, request }) => {
  await signIn(page, "ar", DEMO.staff);
  await page.goto("/ar/admin/events/new");
  await field(page, "slug").fill(slug);
  await field(page, "kind").selectOption("WORKSHOP");
  await field(page, "titleAr").fill(`ورشة التخزين ${run}`);
  await field(page, "titleFr").fill(`Atelier du cache ${run}`);
  await field(page, "startsAtDate").fill("2025-11-21");
  await field(page, "startsAtTime").fill("10:00");
  await field(page, "venueAr").fill("دار الشباب حسنونة");
  await field(page, "venueFr").fill("Maison des jeunes Hasnouna");
  await field(page, "communeId").selectOption({ label: "طنجة" });
  const organiser = await field(page, "organiserId").locator("option").filter({ hasText: /عمالة طنجة أصيلة/ }).first().getAttribute("value");
  await field(page, "organiserId").selectOption(organiser ?? "");
  await field(page, "summaryAr").fill("ملخص.");
  await field(page, "summaryFr").fill("Résumé.");
  await field(page, "bodyAr").fill("نص.");
  await field(page, "bodyFr").fill("Texte.");
  await field(page, "presentations.0.titleAr").fill("عرض");
  await field(page, "presentations.0.titleFr").fill("Exposé");
  await field(page, "presentations.0.presenterRoleAr").fill("ممثل");
  await field(page, "presentations.0.presenterRoleFr").fill("Représentant");
  await field(page, "status").selectOption("PUBLISHED");
  await save(page);
  const editUrl = `${new URL(page.url()).pathname}/edit`;

  // A public visitor (no cookies): the first visit renders and stores the page, the next one reads the copy
  // kept by the page cache in front of Next (server.ts).
  expect((await request.get(url)).status()).toBe(200);
  const cached = await request.get(url);
  expect(cached.headers()["x-page-cache"]).toBe("HIT");
  expect(await cached.text()).toContain(`ورشة التخزين ${run}`);

  await page.goto(editUrl);
  await field(page, "titleAr").fill(`ورشة معدلة ${run}`);
  await save(page);
  const edited = await request.get(url);
  expect(await edited.text()).toContain(`ورشة معدلة ${run}`);

  await page.goto(editUrl);
  await field(page, "status").selectOption("DRAFT");
  await save(page);
  expect((await request.get(url)).status()).toBe(404);
});
