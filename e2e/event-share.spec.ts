import fs from "node:fs/promises";
import { expect, test } from "./fixtures";

const SLUG = "cooperatives-day-tanger-2025";
const EVENT = `/events/${SLUG}`;

const TEXT = {
  ar: {
    region: "شارك هذا اللقاء",
    calendar: "أضف اللقاء إلى التقويم (ملف ics)",
    whatsapp: "شارك عبر واتساب",
    facebook: "شارك على فيسبوك",
    x: "شارك على X",
    email: "أرسل بالبريد الإلكتروني",
    button: /^(انسخ الرابط|شارك الرابط)$/,
    copy: "انسخ الرابط",
    copied: "تم نسخ الرابط.",
    share: "شارك الرابط",
    shared: "تمت مشاركة الرابط.",
  },
  fr: {
    region: "Partager cette rencontre",
    calendar: "Ajouter à mon agenda (fichier .ics)",
    whatsapp: "Partager sur WhatsApp",
    facebook: "Partager sur Facebook",
    x: "Partager sur X",
    email: "Envoyer par e-mail",
    button: /^(Copier le lien|Partager le lien)$/,
    copy: "Copier le lien",
    copied: "Lien copié.",
    share: "Partager le lien",
    shared: "Lien partagé.",
  },
} as const;

test("the event page offers its .ics file: a download starting with BEGIN:VCALENDAR", async ({ page, request, appLocale, checkA11y }) => {
  const t = TEXT[appLocale];
  await page.goto(`/${appLocale}${EVENT}`);
  const share = page.getByRole("region", { name: t.region });
  const calendar = share.getByRole("link", { name: t.calendar });
  await expect(calendar).toHaveAttribute("href", `/${appLocale}${EVENT}/calendar.ics`);

  const downloading = page.waitForEvent("download");
  await calendar.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${SLUG}.ics`);
  const file = await fs.readFile(await download.path(), "utf8");
  expect(file.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(file).toContain("DTSTART:20250709T090000Z");

  // The same file fetched directly: its headers make it a calendar attachment.
  const response = await request.get(`/${appLocale}${EVENT}/calendar.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  await checkA11y();
});

test("the share links carry the page's encoded address and work without JavaScript", async ({ browser, appLocale, baseURL }) => {
  const t = TEXT[appLocale];
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`/${appLocale}${EVENT}`);
  // The absolute address the page declares (PUBLIC_BASE_URL + path), whatever host the tests run on.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(new RegExp(`/${appLocale}${EVENT}$`));
  const encoded = encodeURIComponent(canonical ?? "");
  const share = page.getByRole("region", { name: t.region });
  await expect(share.getByRole("link", { name: t.whatsapp })).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.*${escapeRegExp(encoded)}`));
  await expect(share.getByRole("link", { name: t.facebook })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
  await expect(share.getByRole("link", { name: t.x })).toHaveAttribute("href", new RegExp(`^https://twitter\\.com/intent/tweet\\?url=${escapeRegExp(encoded)}&text=`));
  await expect(share.getByRole("link", { name: t.email })).toHaveAttribute("href", new RegExp(`^mailto:\\?subject=.*${escapeRegExp(encoded)}`));
  // Without JavaScript the copy/share button is not rendered at all (no dead control).
  await expect(share.getByRole("button")).toHaveCount(0);
  await context.close();
});

test("the page's own script shows the copy/share button, which copies the address; the share block is hidden in print", async ({ page, context, appLocale, checkA11y }) => {
  const t = TEXT[appLocale];
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/${appLocale}${EVENT}`);
  const share = page.getByRole("region", { name: t.region });
  const button = share.getByRole("button", { name: t.button });
  await expect(button).toBeVisible();
  await checkA11y();
  // The headless browser has no share sheet: the button copies, and says so in its live region.
  await expect(button).toHaveText(t.copy);
  await button.click();
  await expect(share.getByRole("status")).toContainText(t.copied);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await page.emulateMedia({ media: "print" });
  await expect(share).toBeHidden();
});

test("on a device with a share sheet the button shares the page's title and address instead", async ({ page, appLocale }) => {
  const t = TEXT[appLocale];
  // A phone's navigator.share, recorded: the headless browser has none.
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", {
      value: async (data: ShareData) => void ((window as unknown as { shared?: ShareData }).shared = data),
    });
  });
  await page.goto(`/${appLocale}${EVENT}`);
  const share = page.getByRole("region", { name: t.region });
  const button = share.getByRole("button", { name: t.share });
  await button.click();
  await expect(share.getByRole("status")).toContainText(t.shared);
  const shared = await page.evaluate(() => (window as unknown as { shared?: ShareData }).shared);
  expect(shared?.url).toBe(await page.locator('link[rel="canonical"]').getAttribute("href"));
  expect(shared?.title).toBe(await page.locator("h1").textContent());
});

/** Escapes a literal for use inside a RegExp (the encoded URL holds "." and "%"). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
