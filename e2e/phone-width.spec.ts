import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { findSidewaysOverflow } from "./support/sideways-overflow";

// Every page of the app (the list follows `find app -name page.tsx`) at a phone's width, in both languages:
// nothing may make the page scroll sideways, and no element may stick out of the screen. Wide tables scroll
// inside their own framed region instead (components/ui/scroll-region.tsx), which is allowed.
test.use({ viewport: { width: 390, height: 844 }, expectedConsoleErrors: [/status of 404/] });

type Visit = { path: string; status?: number };

const PUBLIC: Visit[] = [
  { path: "" },
  { path: "/events" },
  { path: "/events/cooperatives-day-tanger-2025" },
  { path: "/results" },
  { path: "/sign-in" },
  { path: "/setup", status: 404 }, // set up already: the first-run page no longer exists
  { path: "/no-such-page", status: 404 }, // [...rest]
  // Funding cycle: the calls (the seeded open one with its form, the decided one with its results).
  { path: "/calls" }, { path: "/calls/appel-2026-economie-sociale-tanger" },
  { path: "/calls/appel-2026-economie-sociale-tanger/apply" }, { path: "/calls/appel-2025-revenus-jeunes-tanger" },
];

// A prefecture's administrator: every record page of each kind, its forms, and the prefecture's territory.
const ADMIN: Visit[] = [
  "/admin", "/admin/account", "/admin/dashboard", "/admin/dashboard/print",
  "/admin/cooperatives", "/admin/cooperatives/new", "/admin/cooperatives/1", "/admin/cooperatives/1/edit",
  "/admin/grants", "/admin/grants/new", "/admin/grants/1", "/admin/grants/1/edit",
  "/admin/events", "/admin/events/new", "/admin/events/1", "/admin/events/1/edit",
  "/admin/organisations", "/admin/organisations/new", "/admin/organisations/1", "/admin/organisations/1/edit",
  "/admin/imports",
  "/admin/territory", "/admin/territory/communes/1", "/admin/territory/communes/new",
  "/admin/territory/communes/1/places/new", "/admin/territory/communes/import", "/admin/territory/places/1",
  "/admin/users", "/admin/users/new", "/admin/users/1",
  // Funding cycle: calls for projects
  "/admin/calls", "/admin/calls/new",
  // Funding cycle: screening (an application's page is checked at 390 px by e2e/funding-screening.spec.ts).
  "/admin/applications",
  // Funding cycle: the committee (CPDH).
  "/admin/committee", "/admin/committee/new",
  // Funding cycle, on the seeded demo (prisma/seed/funding-demo.ts): call 1 is the open call, application 1
  // its first application, session 1 the decided call's held session, grant 116 the first with a convention;
  // grant 1 has none, so its convention page is the creation form.
  "/admin/calls/1", "/admin/calls/1/edit", "/admin/applications/1", "/admin/applications/new?call=1",
  "/admin/committee/1", "/admin/committee/1/items/1", "/admin/committee/1/minutes",
  "/admin/grants/116/convention", "/admin/grants/116/convention/print", "/admin/grants/1/convention/edit",
].map((path) => ({ path }));

// National reference data exists only for a national administrator.
const NATIONAL: Visit[] = [
  "/admin/territory", "/admin/territory/prefectures/new", "/admin/territory/prefectures/1",
  "/admin/territory/programmes/new", "/admin/territory/programmes/1", "/admin/territory/phases/new",
  "/admin/territory/phases/1", "/admin/territory/axes/new", "/admin/territory/axes/1",
].map((path) => ({ path }));

const MANAGER: Visit[] = [
  "/admin/dashboard", "/admin/dashboard?zone=RURAL", "/admin/dashboard/breakdowns", "/admin/dashboard/outcomes?zone=RURAL",
  "/admin/dashboard/applications", "/admin/dashboard/print?zone=RURAL",
].map((path) => ({ path }));
const AUDITOR: Visit[] = ["/admin/audit", "/admin/cooperatives/1"].map((path) => ({ path }));

// The Arabic headers the importer accepts in both languages; 16 women of 10 members puts a row in error.
const IMPORT_CSV = [
  ["رقم التسجيل", "الاسم بالعربية", "الاسم بالفرنسية", "القطاع", "الجماعة", "عدد الأعضاء", "عدد النساء الأعضاء", "عدد الشباب الأعضاء"],
  [`PHONE-${Date.now().toString(36)}`, "تعاونية الهاتف", "Coopérative au nom très long pour un téléphone", "تربية النحل", "المنزلة", "10", "16", "2"],
].map((row) => row.join(",")).join("\r\n");

async function visitAll(page: Page, locale: string, visits: Visit[]): Promise<string[]> {
  const problems: string[] = [];
  for (const { path, status = 200 } of visits) {
    const response = await page.goto(`/${locale}${path}`);
    expect(response?.status(), path).toBe(status);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
    const found = await findSidewaysOverflow(page);
    if (found) problems.push(`${path}: ${found}`);
  }
  return problems;
}

test("public pages and sign-in fit a phone's width", async ({ page, appLocale }) => {
  expect(await visitAll(page, appLocale, PUBLIC)).toEqual([]);
});

test("an administrator's workspace pages fit a phone's width", async ({ page, appLocale }) => {
  test.setTimeout(180_000);
  await signIn(page, appLocale, DEMO.admin);
  const problems = await visitAll(page, appLocale, ADMIN);
  // An import's preview (imports/[id]): a one-line file with an error, never confirmed.
  await page.goto(`/${appLocale}/admin/imports`);
  await page.locator("select[name=kind]").selectOption("cooperatives");
  await page.locator("input[type=file]").setInputFiles({ name: "phone.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_CSV) });
  await page.locator("form button[type=submit]").last().click();
  await page.waitForURL(new RegExp(`/${appLocale}/admin/imports/\\d+$`));
  const preview = new URL(page.url()).pathname.replace(`/${appLocale}`, "");
  problems.push(...(await visitAll(page, appLocale, [{ path: preview }])));
  expect(problems).toEqual([]);
});

test("a national administrator's reference pages fit a phone's width", async ({ page, appLocale }) => {
  test.setTimeout(120_000);
  await signIn(page, appLocale, DEMO.national);
  expect(await visitAll(page, appLocale, NATIONAL)).toEqual([]);
});

test("a manager's dashboard and print view, and an auditor's trail, fit a phone's width", async ({ page, appLocale }) => {
  test.setTimeout(120_000);
  await signIn(page, appLocale, DEMO.manager);
  const problems = await visitAll(page, appLocale, MANAGER);
  await page.context().clearCookies();
  await signIn(page, appLocale, DEMO.auditor);
  problems.push(...(await visitAll(page, appLocale, AUDITOR)));
  expect(problems).toEqual([]);
});
