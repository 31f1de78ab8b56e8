import { expect, test } from "./fixtures";
import type { APIRequestContext, APIResponse } from "@playwright/test";

const EVENT = "/events/cooperatives-day-tanger-2025";

const TEXT = {
  ar: {
    dir: "rtl",
    venue: "دار الشباب حسنونة",
    title: "لقاء تواصلي بطنجة احتفاءً باليوم العالمي للتعاونيات",
    date: "الأربعاء، 9 يوليوز 2025",
    time: "10:00",
    inconsistency: /مساهمة المبادرة المعلنة \(.*20\.860\.515,00.*\) أكبر من الغلاف المالي الإجمالي المعلن \(.*13\.179\.091,00.*\)/,
    differs: "فروق مع السجلات",
    inconsistencies: "تناقضات في الأرقام المعلنة",
    agenda: "برنامج العروض",
    switchTo: "Français",
    other: "fr",
    figures: "أرقام رئيسية",
    notFound: "الصفحة غير موجودة",
  },
  fr: {
    dir: "ltr",
    venue: "Maison des jeunes Hasnouna",
    title: "Une rencontre de communication à Tanger pour célébrer la Journée internationale des coopératives",
    date: "mercredi 9 juillet 2025",
    time: "10:00",
    inconsistency: /La contribution de l'INDH annoncée \(20\.860\.515,00.MAD\) dépasse l'enveloppe globale annoncée \(13\.179\.091,00.MAD\)/,
    differs: "Écarts avec les registres",
    inconsistencies: "Contradictions dans les chiffres annoncés",
    agenda: "Programme des exposés",
    switchTo: "العربية",
    other: "ar",
    figures: "Chiffres clés",
    notFound: "Page introuvable",
  },
} as const;

test("the site root sends the visitor to their language", async ({ page, appLocale }) => {
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/${appLocale}$`));
});

test("home: html lang and dir, headline figures computed from the records, latest event", async ({ page, appLocale, checkA11y }) => {
  const t = TEXT[appLocale];
  await page.goto(`/${appLocale}`);
  await expect(page.locator("html")).toHaveAttribute("lang", appLocale);
  await expect(page.locator("html")).toHaveAttribute("dir", t.dir);
  await expect(page.getByRole("heading", { level: 2, name: t.figures })).toBeVisible();
  const zoneTable = page.getByRole("table");
  await expect(zoneTable.getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("demo-notice")).toBeVisible();
  await expect(page.getByRole("link", { name: t.title })).toBeVisible();
  await checkA11y();
});

test("events list links to the event page", async ({ page, appLocale, checkA11y }) => {
  const t = TEXT[appLocale];
  await page.goto(`/${appLocale}/events`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Each event's title is a level-2 heading under the page's h1 (no level skipped: Lighthouse's heading-order).
  await expect(page.getByRole("heading", { level: 2, name: t.title })).toBeVisible();
  await expect(page.locator("main h3")).toHaveCount(0);
  await checkA11y();
  await page.getByRole("link", { name: t.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${appLocale}${EVENT}$`));
});

test("event page: everything the article records, reported figures beside computed ones, contradictions flagged", async ({ page, appLocale, checkA11y }) => {
  const t = TEXT[appLocale];
  await page.goto(`/${appLocale}${EVENT}`);
  await expect(page).toHaveTitle(new RegExp(t.title.slice(0, 20)));
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  const facts = page.locator("section[aria-labelledby=event-facts]");
  await expect(facts).toContainText(t.venue);
  await expect(facts).toContainText(t.date);
  await expect(facts).toContainText(t.time);
  await expect(facts).toContainText("ODCO");
  await expect(facts).toContainText("ADS");
  await expect(facts).toContainText("60");

  const agenda = page.locator("section[aria-labelledby=agenda]");
  await expect(agenda.getByRole("heading", { level: 2, name: t.agenda })).toBeVisible();
  await expect(agenda.getByRole("listitem")).toHaveCount(3);

  const comparison = page.getByRole("table");
  const reported = comparison.getByRole("row").locator("td:nth-child(2)");
  await expect(reported).toHaveText([/^\u2066?85\u2069?$/, /^\u2066?52\u2069?$/, /^\u2066?33\u2069?$/, /13\.179\.091,00/, /20\.860\.515,00/]);
  await expect(page.getByRole("region", { name: t.inconsistencies })).toContainText(t.inconsistency);
  await expect(page.getByRole("heading", { name: t.differs })).toBeVisible();
  await expect(page.getByTestId("demo-notice")).toBeVisible();

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("Event");
  expect(jsonLd.startDate).toBe("2025-07-09T10:00:00+01:00");
  expect(jsonLd.location.name).toBe(t.venue);
  await checkA11y();
});

test("the language switch stays on the same page", async ({ page, appLocale }) => {
  const t = TEXT[appLocale];
  await page.goto(`/${appLocale}${EVENT}`);
  await page.getByRole("link", { name: new RegExp(t.switchTo) }).click();
  await expect(page).toHaveURL(new RegExp(`/${t.other}${EVENT}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", t.other);
});

test("the event page is readable with JavaScript disabled", async ({ browser, appLocale, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(`/${appLocale}${EVENT}`);
  await expect(page.getByText(TEXT[appLocale].venue).first()).toBeVisible();
  await expect(page.getByRole("table")).toContainText("13.179.091,00");
  await context.close();
});

test("the event page fits a phone screen and prints without navigation", async ({ page, appLocale }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/${appLocale}${EVENT}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test.describe("not found", () => {
  // The browser logs the 404 status of the page itself; that is the point of this test.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown page answers 404 in the reader's language", async ({ page, appLocale, checkA11y }) => {
    const response = await page.goto(`/${appLocale}/events/no-such-event`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: TEXT[appLocale].notFound })).toBeVisible();
    await checkA11y();
  });
});

test("the public results page shows aggregate totals only, by zone and phase first", async ({ page, appLocale, checkA11y }) => {
  await page.goto(`/${appLocale}/results`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("zone-phase-table")).toBeVisible();
  // Counts only (other specs add records to the same database, so no fixed figure is asserted here).
  await expect(page.getByTestId("headline")).toContainText(/\d+/);
  await expect(page.getByTestId("grand-total")).toContainText(appLocale === "ar" ? "د.م." : "MAD");
  await expect(page.getByTestId("demo-notice")).toBeVisible();
  // Aggregates only: no link to a cooperative or a grant, no contact detail.
  await expect(page.locator('a[href*="/admin/"]')).toHaveCount(0);
  await expect(page.getByText("0600000")).toHaveCount(0);
  await checkA11y();
});

/**
 * A page the page cache keeps for everyone (lib/page-cache/query-pages.ts): a rendered answer under the shared
 * policy, then the next request gets the same bytes from the cache. A copy another run left expires within 10 s:
 * it waits for a rendering answer first. Returns the kept copy.
 */
async function expectKeptForEveryone(request: APIRequestContext, path: string): Promise<APIResponse> {
  let first: APIResponse | undefined;
  await expect.poll(async () => (first = await request.get(path)).headers()["x-page-cache"], { timeout: 12_000 }).toBeUndefined();
  expect(first!.status()).toBe(200);
  const policy = first!.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).not.toContain("nonce-");
  const kept = await request.get(path);
  expect(kept.headers()["x-page-cache"]).toBe("HIT");
  expect(await kept.text()).toBe(await first!.text());
  return kept;
}

test("the results page is kept for everyone a few seconds per filter set, under the shared policy, without Next's scripts", async ({ page, request, appLocale }) => {
  const path = `/${appLocale}/results?fromYear=2019&toYear=2019&zone=RURAL`; // written as the filter links write it
  const kept = await expectKeptForEveryone(request, path);
  // The same filters in another order are rendered, not kept (made-up addresses cannot fill the cache).
  const reordered = `/${appLocale}/results?zone=RURAL&fromYear=2019&toYear=2019`;
  await request.get(reordered);
  expect((await request.get(reordered)).headers()["x-page-cache"]).toBeUndefined();
  // The copy is the page as sent to the first visitor: without Next's and React's scripts, complete.
  expect(await kept.text()).not.toMatch(/<script\b/);
  await page.goto(path, { waitUntil: "networkidle" });
  await expect(page.getByTestId("zone-phase-table")).toBeVisible();
});

// A call published meanwhile shows at once: funding-calls.spec.ts publishes one and finds it on the home page.
test("the home page is kept for everyone a few seconds by its path, under the shared policy", async ({ request, appLocale }) => {
  const path = `/${appLocale}`;
  await expectKeptForEveryone(request, path);
  // A query on the home page is not a page of its own: rendered every time, never kept.
  await request.get(`${path}?zone=RURAL`);
  expect((await request.get(`${path}?zone=RURAL`)).headers()["x-page-cache"]).toBeUndefined();
});

// lib/page-cache/script-free.ts: the pages a visitor reads are plain HTML documents; only the app's own small
// script (public/js/public-pages.js) may load, on the pages that use it. The workspace still hydrates.
const SCRIPT_FREE_PAGES = ["", "/events", "/events/cooperatives-day-tanger-2025", "/calls", "/calls/appel-2026-economie-sociale-tanger", "/results"];

test("public pages load none of Next's or React's scripts, and their links and language switch work", async ({ page, appLocale }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  for (const path of SCRIPT_FREE_PAGES) {
    const response = await page.goto(`/${appLocale}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(await page.locator("h1").count(), path).toBe(1);
  }
  expect([...new Set(scripts)]).toEqual(["/js/public-pages.js"]);
  // The language switch is a plain link to the same page in the other language.
  const other = appLocale === "ar" ? "fr" : "ar";
  await page.locator(`a[hreflang="${other}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/${other}/results$`));
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  // The app's own script is asked for with its content's hash (?v=), so browsers keep it for a year.
  await page.goto(`/${appLocale}/events/cooperatives-day-tanger-2025`);
  const src = await page.locator("script[src^='/js/public-pages.js']").getAttribute("src");
  expect(src).toMatch(/^\/js\/public-pages\.js\?v=[0-9a-f]{10}$/);
  expect((await page.request.get(src!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("the workspace is still a React application: the sign-in page loads Next's scripts and hydrates", async ({ page, appLocale }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/${appLocale}/sign-in`, { waitUntil: "networkidle" });
  expect(scripts.some((script) => script.startsWith("/_next/static/"))).toBe(true);
  const hydrated = () => {
    const payload = (window as unknown as { __next_f?: unknown[] }).__next_f;
    return Array.isArray(payload) && payload.push !== Array.prototype.push;
  };
  expect(await page.evaluate(hydrated)).toBe(true);
});

test("a call page shows the call's state by the visitor's clock: never the Apply button after the deadline", async ({ page, appLocale }) => {
  const path = `/${appLocale}/calls/appel-2026-economie-sociale-tanger`;
  const apply = page.locator(`a[href="${path}/apply"]`);
  const phase = page.getByTestId("call-phase");
  await page.goto(path);
  await expect(apply).toBeVisible(); // the seeded call is open today
  // The same page (cached for minutes) read with a clock 120 days later, past the deadline.
  await page.clock.install({ time: Date.now() + 120 * 24 * 3600 * 1000 });
  await page.reload();
  await expect(phase.locator('[data-phase="closed"]')).toBeVisible();
  await expect(phase.locator('[data-phase="open"]')).toBeHidden();
  await expect(apply).toBeHidden();
  // The clock moved to before the call opens: the script looks again every minute and shows the notice.
  await page.clock.setSystemTime(Date.now() - 240 * 24 * 3600 * 1000);
  await page.clock.runFor(60_000);
  await expect(phase.locator('[data-phase="upcoming"]')).toBeVisible();
  await expect(phase.locator('[data-phase="closed"]')).toBeHidden();
  await expect(apply).toBeHidden();
});
