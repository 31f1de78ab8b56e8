// Browser steps of the calls-for-projects part, for the funding-cycle journey (ar + fr). Each takes the page,
// the locale and ids, and asserts what the user sees. The page must be signed in (STAFF or ADMIN of the
// seeded prefecture) for publishCall; the public steps need no session.
import { expect, type Page } from "@playwright/test";

type Locale = "ar" | "fr";

export type CallToPublish = {
  titleAr: string;
  titleFr: string;
  /** Unique in the prefecture; generated from the time when absent. */
  reference?: string;
  /** Closing date from today (Morocco time), at 16:00. Default 30. */
  closesInDays?: number;
  envelope?: string;
  documents?: { labelAr: string; labelFr: string }[];
  criteria?: { labelAr: string; labelFr: string; weight: number }[];
};

export const DEFAULT_DOCUMENTS = [
  { labelAr: "طلب موقع من رئيس التعاونية", labelFr: "Demande signée par le président" },
  { labelAr: "البطاقة التقنية للمشروع", labelFr: "Fiche technique du projet" },
];
export const DEFAULT_CRITERIA = [
  { labelAr: "الحاجة إلى المشروع", labelFr: "Pertinence du besoin", weight: 40 },
  { labelAr: "قابلية الإنجاز", labelFr: "Faisabilité", weight: 35 },
  { labelAr: "الأثر على النساء والشباب", labelFr: "Impact sur les femmes et les jeunes", weight: 25 },
];

const TEXT = {
  ar: { save: "حفظ", publish: "نشر الطلب", published: "منشور", apply: "إيداع ترشيح", showResults: "نشر النتائج في صفحة الطلب", axis: "دعم الاقتصاد الاجتماعي والتضامني", weightsSum: "يجب أن يكون مجموع أوزان الشبكة 100 بالضبط.", results: "النتائج" },
  fr: { save: "Enregistrer", publish: "Publier l'appel", published: "Publié", apply: "Déposer une candidature", showResults: "Publier les résultats sur la page de l'appel", axis: "Appui à l'économie sociale et solidaire", weightsSum: "Les pondérations de la grille doivent faire exactement 100 au total.", results: "Résultats" },
} as const;

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

/** dd/mm/yyyy of today + `days` in Morocco, as the form takes dates. */
function moroccoDay(days: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Africa/Casablanca", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(Date.now() + days * 86_400_000));
  return parts; // en-GB already writes dd/mm/yyyy
}

/** Fills the new-call form (on /admin/calls/new) without saving; opens today at 00:00 Morocco time. */
export async function fillCallForm(page: Page, locale: Locale, call: CallToPublish): Promise<void> {
  const t = TEXT[locale];
  await field(page, "reference").fill(call.reference ?? `AAP-E2E-${Date.now().toString(36).toUpperCase()}`);
  await field(page, "titleAr").fill(call.titleAr);
  await field(page, "titleFr").fill(call.titleFr);
  // The axis of Programme 3 with thresholds; its group names the programme to choose.
  const axis = page.getByLabel(t.axis, { exact: true });
  await axis.check();
  const programmeId = await axis.locator("xpath=ancestor::fieldset[@data-programme-id][1]").getAttribute("data-programme-id");
  await field(page, "programmeId").selectOption(programmeId ?? "");
  await field(page, "opensAtDate").fill(moroccoDay(0));
  await field(page, "opensAtTime").fill("00:00");
  await field(page, "closesAtDate").fill(moroccoDay(call.closesInDays ?? 30));
  await field(page, "closesAtTime").fill("16:00");
  await field(page, "envelope").fill(call.envelope ?? "2.000.000");
  await field(page, "textAr").fill(`## ${call.titleAr}\n\nتدعو المبادرة الوطنية للتنمية البشرية التعاونيات إلى إيداع مشاريعها.`);
  await field(page, "textFr").fill(`## ${call.titleFr}\n\nL'INDH invite les coopératives à déposer leurs projets.`);
  for (const [i, d] of (call.documents ?? DEFAULT_DOCUMENTS).entries()) {
    await field(page, `documents.${i}.labelAr`).fill(d.labelAr);
    await field(page, `documents.${i}.labelFr`).fill(d.labelFr);
  }
  for (const [i, c] of (call.criteria ?? DEFAULT_CRITERIA).entries()) {
    await field(page, `criteria.${i}.labelAr`).fill(c.labelAr);
    await field(page, `criteria.${i}.labelFr`).fill(c.labelFr);
    await field(page, `criteria.${i}.weight`).fill(String(c.weight));
  }
}

/** Staff create a call through the form and publish it; returns its public slug and id. */
export async function publishCall(page: Page, locale: Locale, call: CallToPublish): Promise<{ slug: string; id: number }> {
  const t = TEXT[locale];
  await page.goto(`/${locale}/admin/calls/new`);
  await fillCallForm(page, locale, call);
  await page.getByRole("button", { name: t.save, exact: true }).click();
  await page.waitForURL(new RegExp(`/${locale}/admin/calls/\\d+$`));
  const id = Number(/\/admin\/calls\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
  await page.getByRole("button", { name: t.publish }).click();
  await expect(page.getByText(t.published, { exact: true }).first()).toBeVisible();
  const publicLink = page.locator(`a[href^="/${locale}/calls/"]`).first();
  const href = (await publicLink.getAttribute("href")) ?? "";
  const slug = href.split("/calls/")[1] ?? "";
  expect(slug).toMatch(/^[a-z0-9-]+$/);
  return { slug, id };
}

export type PublicCallExpectations = { title?: string; documents?: string[]; criteria?: { label: string; weight: number }[] };

/** The public page of an open call: title, deadline (Morocco time), documents, grid (total 100) and the Apply link. */
export async function readPublicCall(page: Page, locale: Locale, slug: string, expected: PublicCallExpectations = {}): Promise<void> {
  const t = TEXT[locale];
  await page.goto(`/${locale}/calls/${slug}`);
  const heading = page.getByRole("heading", { level: 1 });
  if (expected.title) await expect(heading).toHaveText(expected.title);
  else await expect(heading).not.toBeEmpty();
  await expect(page.getByTestId("call-deadline")).toContainText(/\d{1,2}:\d{2}/);
  await expect(page.getByTestId("closes-in")).toBeVisible();
  const documents = page.getByTestId("required-documents").getByRole("listitem");
  if (expected.documents) await expect(documents).toHaveText(expected.documents);
  else expect(await documents.count()).toBeGreaterThan(0);
  const grid = page.getByTestId("scoring-grid");
  for (const c of expected.criteria ?? []) await expect(grid.getByRole("row", { name: new RegExp(escape(c.label)) })).toContainText(String(c.weight));
  await expect(grid.locator("tfoot")).toContainText("100");
  await expect(page.getByRole("link", { name: t.apply })).toHaveAttribute("href", `/${locale}/calls/${slug}/apply`);
}

export type CallResultsExpectations = { applications: number; approved: { cooperative: string; amount?: RegExp | string }[] };

/** The results section of a call's public page: the count received and the approved projects. */
export async function readCallResults(page: Page, locale: Locale, slug: string, expected: CallResultsExpectations): Promise<void> {
  const t = TEXT[locale];
  await page.goto(`/${locale}/calls/${slug}`);
  const section = page.getByTestId("call-results");
  await expect(section.getByRole("heading", { name: t.results, exact: true })).toBeVisible();
  // The count as a number: the Arabic sentence for 2 is a word (the dual), not a digit.
  await expect(section.getByTestId("applications-received")).toHaveAttribute("data-count", String(expected.applications));
  const rows = section.locator("tbody tr");
  await expect(rows).toHaveCount(expected.approved.length);
  for (const [i, p] of expected.approved.entries()) {
    await expect(rows.nth(i)).toContainText(p.cooperative);
    if (p.amount) await expect(rows.nth(i)).toContainText(p.amount);
  }
}

/** On a call's workspace page: shows its results on the public page. */
export async function showCallResults(page: Page, locale: Locale, id: number): Promise<void> {
  await page.goto(`/${locale}/admin/calls/${id}`);
  await page.getByRole("button", { name: TEXT[locale].showResults }).click();
  await expect(page.getByRole("button", { name: TEXT[locale].showResults })).toHaveCount(0);
}

/** The bad-input case: weights summing to 90 are refused next to the grid and nothing is saved. */
export async function refuseWeightsNot100(page: Page, locale: Locale, call: CallToPublish): Promise<void> {
  const t = TEXT[locale];
  await page.goto(`/${locale}/admin/calls/new`);
  const criteria = (call.criteria ?? DEFAULT_CRITERIA).map((c, i) => (i === 0 ? { ...c, weight: c.weight - 10 } : c));
  await fillCallForm(page, locale, { ...call, criteria });
  await expect(page.getByTestId("weights-total")).toContainText("90");
  await page.getByRole("button", { name: t.save, exact: true }).click();
  await expect(page.locator("#field-criteria-error")).toHaveText(t.weightsSum);
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin/calls/new$`));
  // What was typed is still there.
  await expect(field(page, "titleFr")).toHaveValue(call.titleFr);
  await expect(field(page, "criteria.0.weight")).toHaveValue(String(criteria[0]!.weight));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
