import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";
import { moroccoTodayText } from "./funding/convention";
import { demoPhotoJpeg } from "@/lib/photos/demo-images";
import ar from "../messages/ar.json";
import fr from "../messages/fr.json";

// Issue 14's journey, in Arabic and in French: the overdue tranche is on the workspace's "needs attention";
// staff record a visit with a photo taken on site and its indicators, reaching the milestone, and the
// dashboard's outcomes count it; the photo is described and made public, the cooperative gets a public page
// and is presented at an event with a gallery; the resized photo served there has no metadata left; once the
// tranche is paid the alert is gone.

type Setup = { grantId: number; cooperativeId: number; registerNumber: string; eventId: number; eventSlug: string };

function createRecords(label: string): Setup {
  const out = execFileSync("node_modules/.bin/tsx", ["e2e/support/follow-up-grant.ts", label], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  }).trim();
  const [grantId, cooperativeId, registerNumber, eventId, eventSlug] = out.split(" ");
  return { grantId: Number(grantId), cooperativeId: Number(cooperativeId), registerNumber: registerNumber!, eventId: Number(eventId), eventSlug: eventSlug! };
}

/** A phone photo: 2000x1500 JPEG with camera and GPS EXIF (lib/photos/demo-images.ts), written to a temp file. */
async function phonePhoto(name: string): Promise<string> {
  const jpeg = await sharp(await demoPhotoJpeg(42, name)).resize(2000, 1500).withExif({ IFD0: { Make: "PhoneCam", Model: "E2E" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 46/1 0/1" } }).jpeg().toBuffer();
  expect((await sharp(jpeg).metadata()).exif).toBeDefined(); // the upload does carry metadata
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "indh-photo-")), `${name}.jpg`);
  fs.writeFileSync(file, jpeg);
  return file;
}

/** A count as the dashboard prints it ("1 234", "+5", "−3", Arabic isolates around it) read back as a number. */
function count(text: string): number {
  const digits = text.replace(/[^\d]/g, "");
  return /[-\u2212]/.test(text) ? -Number(digits) : Number(digits);
}

/**
 * The rural row of the dashboard's outcomes by zone (its outcomes page) (the e2e grant's commune is rural): grants measured,
 * jobs created, of which women, of which young people, and grants never visited.
 */
async function ruralOutcomes(page: import("@playwright/test").Page, locale: "ar" | "fr") {
  const m = locale === "ar" ? ar : fr;
  await page.goto(`/${locale}/admin/dashboard/outcomes`);
  const row = page.getByTestId("outcomes-by-zone").locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: m.Dashboard.zone.RURAL }) });
  const cells = await row.locator("td").allTextContents();
  expect(cells).toHaveLength(10);
  return { measured: count(cells[1]!), jobs: count(cells[2]!), women: count(cells[3]!), young: count(cells[4]!), neverVisited: count(cells[8]!) };
}

/** With SHOTS_DIR (never in CI): the page at 1366x900 and at 390x844, for a person to look at. */
async function shot(page: import("@playwright/test").Page, name: string) {
  if (!process.env.SHOTS_DIR) return;
  await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}

test("a visit with a photo and indicators reaches the milestone; public pages and gallery show the cleaned photo; the alert goes once paid", async ({ page, appLocale, checkA11y, request }) => {
  test.setTimeout(180_000);
  const m = appLocale === "ar" ? ar : fr;
  const records = createRecords(`e2e-${appLocale}`);
  const grantTitle = appLocale === "ar" ? `ورشة تثمين الكسكس (e2e-${appLocale})` : `Atelier de valorisation du couscous (e2e-${appLocale})`;
  const photo = await phonePhoto(`visit-${appLocale}`);
  await signIn(page, appLocale, DEMO.staff);

  // The tranche planned in March 2025 and unpaid is on the workspace home, linked to the convention.
  await page.goto(`/${appLocale}/admin`);
  const alerts = page.getByTestId("needs-attention");
  await expect(alerts.getByRole("link", { name: grantTitle }).first()).toBeVisible();
  await checkA11y();
  await shot(page, `${appLocale}-home`);

  // The dashboard's outcomes before the visit: the grant has a baseline (4 jobs, 3 women, 1 young) and no visit.
  const before = await ruralOutcomes(page, appLocale);

  // A visit, recorded from the grant page, with the camera's photo and the indicators.
  if (process.env.SHOTS_DIR) {
    await page.goto(`/${appLocale}/admin/grants/${records.grantId}/baseline`);
    await shot(page, `${appLocale}-baseline`);
  }
  await page.goto(`/${appLocale}/admin/grants/${records.grantId}`);
  await page.getByRole("link", { name: m.Visits.section.record }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.Visits.form.createTitle })).toBeVisible();
  await checkA11y();
  await page.locator('[name="visitedOn"]').fill(moroccoTodayText());
  await page.locator('[name="projectState"]').selectOption("ON_TRACK");
  await page.locator('[name="visitors"]').fill(appLocale === "ar" ? "أطر قسم العمل الاجتماعي" : "Cadres de la Division de l'action sociale");
  await page.locator('[name="findings"]').fill(appLocale === "ar" ? "المعدات مركبة والإنتاج انطلق." : "Équipements installés, production lancée.");
  await page.locator('[name="milestoneId"]').selectOption({ index: 1 });
  for (const [name, value] of [["jobs", "9"], ["jobsWomen", "6"], ["jobsYoung", "3"], ["members", "16"], ["annualRevenue", "95.000,00"], ["productionQuantity", "800"]]) {
    await page.locator(`[name="${name}"]`).fill(value!);
  }
  await page.locator("#field-photos-camera").setInputFiles(photo);
  await expect(page.locator('ul[aria-label] img')).toHaveCount(1); // the preview of the chosen photo
  await shot(page, `${appLocale}-visit-form`);
  await page.getByRole("button", { name: m.Visits.form.save }).click();

  // The visit page: indicators against the baseline (9 jobs now, 4 at approval: +5), the photo private.
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/admin/visits/\\d+$`));
  const indicators = page.getByTestId("visit-indicators");
  await expect(indicators.locator("tbody tr").first()).toContainText("+5");
  const editor = page.getByTestId("photo-editor");
  await expect(editor).toHaveCount(1);
  await checkA11y();
  // Public needs all four texts: refused next to the missing ones, then saved.
  await editor.locator('[name="captionAr"]').fill("ورشة الكسكس بعد تركيب المعدات");
  await editor.locator('[name="isPublic"]').check();
  await editor.getByRole("button", { name: m.Photos.editor.save }).click();
  await expect(editor.getByText(m.Validation.photos.neededForPublic).first()).toBeVisible();
  await page.getByTestId("photo-editor").locator('[name="captionFr"]').fill("L'atelier de couscous après l'installation");
  await page.getByTestId("photo-editor").locator('[name="altAr"]').fill("نساء يعملن في ورشة الكسكس");
  await page.getByTestId("photo-editor").locator('[name="altFr"]').fill("Des femmes au travail dans l'atelier de couscous");
  await page.getByTestId("photo-editor").getByRole("button", { name: m.Photos.editor.save }).click();
  await expect(page.getByTestId("photo-editor").getByText(m.Photos.editor.public, { exact: true })).toBeVisible();
  await shot(page, `${appLocale}-visit`);

  // The dashboard counts the grant as measured: 9 jobs against 4 (+5), women 6 against 3, young 3 against 1.
  const after = await ruralOutcomes(page, appLocale);
  expect(after).toEqual({ measured: before.measured + 1, jobs: before.jobs + 5, women: before.women + 3, young: before.young + 2, neverVisited: before.neverVisited - 1 });
  await expect(page.getByTestId("outcomes-headline")).toBeVisible();
  await shot(page, `${appLocale}-dashboard-outcomes`);

  // The milestone reached by the visit releases the tranche: paid, and the alert is gone.
  await page.goto(`/${appLocale}/admin/grants/${records.grantId}/convention`);
  const pay = page.getByTestId("pay-1");
  await pay.locator('[name="paidOn"]').fill(moroccoTodayText());
  await pay.getByRole("button", { name: appLocale === "ar" ? "صرف الشطر" : "Verser la tranche" }).click();
  await expect(page.getByTestId("pay-1")).toHaveCount(0);
  await page.goto(`/${appLocale}/admin`);
  await expect(page.getByTestId("needs-attention").getByRole("link", { name: grantTitle })).toHaveCount(0);

  // The cooperative's public page, and the event presenting it with a gallery photo.
  await page.goto(`/${appLocale}/admin/cooperatives/${records.cooperativeId}`);
  await page.getByTestId("cooperative-publication").getByRole("button", { name: m.CooperativePublication.publish }).click();
  await expect(page.getByTestId("cooperative-publication")).toContainText(m.CooperativePublication.public);
  await page.goto(`/${appLocale}/admin/events/${records.eventId}`);
  const presented = page.getByTestId("event-cooperatives-admin");
  await presented.locator('[name="registerNumber"]').fill(records.registerNumber);
  await presented.getByRole("button", { name: m.EventCooperatives.add }).click();
  await expect(page.getByTestId("event-cooperatives-admin").getByRole("link")).toHaveCount(1);
  const gallery = page.getByTestId("event-gallery-admin");
  await gallery.locator("#field-photos").setInputFiles(await phonePhoto(`fair-${appLocale}`));
  await gallery.getByRole("button", { name: m.Photos.upload.submit }).click();
  const eventPhoto = page.getByTestId("event-gallery-admin").getByTestId("photo-editor");
  await expect(eventPhoto).toHaveCount(1);
  for (const [name, value] of [["captionAr", "رواق التعاونية في المعرض"], ["captionFr", "Le stand de la coopérative au salon"], ["altAr", "منتجات معروضة على طاولة"], ["altFr", "Des produits exposés sur une table"]]) {
    await eventPhoto.locator(`[name="${name}"]`).fill(value!);
  }
  await eventPhoto.locator('[name="isPublic"]').check();
  await eventPhoto.getByRole("button", { name: m.Photos.editor.save }).click();
  await expect(page.getByTestId("event-gallery-admin").getByTestId("photo-editor").getByText(m.Photos.editor.public, { exact: true })).toBeVisible();
  await checkA11y();
  await shot(page, `${appLocale}-event-admin`);
  if (process.env.SHOTS_DIR) {
    await page.goto(`/${appLocale}/admin/grants/${records.grantId}`);
    await shot(page, `${appLocale}-grant`);
    await page.goto(`/${appLocale}/admin/cooperatives/${records.cooperativeId}`);
    await shot(page, `${appLocale}-cooperative-admin`);
  }

  // As the public sees them (signed out): the event's gallery links to the cooperative's page.
  await page.context().clearCookies();
  await page.goto(`/${appLocale}/events/${records.eventSlug}`);
  const publicGallery = page.getByTestId("public-gallery");
  await expect(publicGallery.locator("img")).toHaveCount(1);
  await checkA11y();
  await shot(page, `${appLocale}-event`);
  await page.getByTestId("event-cooperatives").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/${appLocale}/cooperatives/${records.cooperativeId}$`));
  await expect(page.getByTestId("funded-projects")).toContainText(grantTitle);
  const image = page.getByTestId("public-gallery").locator("img");
  await expect(image).toHaveCount(1);
  await expect(image).toHaveAttribute("alt", appLocale === "ar" ? "نساء يعملن في ورشة الكسكس" : "Des femmes au travail dans l'atelier de couscous");
  await checkA11y();
  await shot(page, `${appLocale}-cooperative`);

  // The file served: WebP, resized (the upload was 2000 wide), no EXIF, no GPS; the browser chose a variant.
  const src = await image.getAttribute("src");
  expect(src).toMatch(/^\/photos\/\d+-480\.webp$/);
  const served = await request.get(src!.replace("-480.", "-960."));
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  const meta = await sharp(await served.body()).metadata();
  expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", 960, 720, undefined]);
  await expect(image).toHaveJSProperty("complete", true);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // On a phone nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect(await findSidewaysOverflow(page)).toBe("");
});
