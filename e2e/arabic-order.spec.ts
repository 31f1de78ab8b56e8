import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./auth";
import { drawnBoxes, leftToRight } from "./support/visual-order";

// Numbers inside Arabic sentences must keep their order once drawn right to left: the sign of an amount
// stays left of its digits, "13 179 091" is not drawn "091 179 13", a period reads 2019–2025 everywhere and
// an amount never breaks over two lines. Measured on the boxes Chromium drew (e2e/support/visual-order.ts),
// because the characters are in the right order in the DOM even when the page shows them scrambled. The
// same drawn order holds in French (left to right), so the spec runs in both languages.
const EVENT = "/events/cooperatives-day-tanger-2025";
const TEXT = {
  ar: { differs: "فروق مع السجلات", phase: "المرحلة الأولى" },
  fr: { differs: "Écarts avec les registres", phase: "Première phase" },
} as const;

const CONTROLS = /[\u200e\u200f\u2066-\u2069\u202a-\u202e\u2060]/g;
const visibleText = async (element: Locator) => (await element.innerText()).replace(CONTROLS, "");

/** Every signed figure ("-1.069.315,00", "+12") of the element: its sign must be drawn left of its digits. */
async function expectSignsLeftOfDigits(element: Locator) {
  const text = await visibleText(element);
  const signed = [...text.matchAll(/([+-])(\d[\d.,\u00a0 ]*\d|\d)/g)];
  expect(signed.length, `a signed figure in "${text}"`).toBeGreaterThan(0);
  for (const [whole, sign, digits] of signed) {
    const order = await leftToRight(element, [whole!]);
    // Both looked for from where the signed figure starts ("-6" after "46" must not measure the 6 of 46).
    const signBox = await drawnBoxes(element, sign!, 0, whole!);
    const digitsBox = await drawnBoxes(element, digits!, 0, whole!);
    expect(order.boxes[0]?.lines, `"${whole}" on one line`).toBe(1);
    expect(signBox!.right, `"${sign}" drawn left of "${digits}" in "${text}"`).toBeLessThanOrEqual(digitsBox!.left + 0.5);
  }
}

test("event page: signed differences keep their sign left of the digits, no double full stop", async ({ page, appLocale }) => {
  test.setTimeout(120_000); // one measurement per signed figure, on a shared machine
  await page.goto(`/${appLocale}${EVENT}`);
  const differenceCells = page.getByRole("table").getByRole("row").locator("td:nth-child(4)");
  const signedCells = differenceCells.filter({ hasText: /[+-]\d/ });
  expect(await signedCells.count()).toBeGreaterThan(0);
  for (const cell of await signedCells.all()) await expectSignsLeftOfDigits(cell);

  const sentences = page.getByRole("heading", { name: TEXT[appLocale].differs }).locator("xpath=following-sibling::ul[1]").getByRole("listitem");
  expect(await sentences.count()).toBeGreaterThan(0);
  for (const sentence of await sentences.all()) {
    // "د.م." ends with a full stop: a sentence ending with an Arabic amount must not add a second one.
    if (appLocale === "ar") expect(await visibleText(sentence)).not.toContain("د.م..");
    await expectSignsLeftOfDigits(sentence);
  }
});

test("dashboard: amounts never wrap, even on a phone; a period reads 2019–2025 in the print view", async ({ page, appLocale }) => {
  test.setTimeout(90_000); // three dashboard renders on a shared machine
  await signIn(page, appLocale, DEMO.manager);
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${appLocale}/admin/dashboard`);
    const values = page.getByTestId("headline").locator("dd.text-xl");
    expect(await values.count()).toBeGreaterThan(2);
    for (const value of await values.all()) {
      const text = (await visibleText(value)).trim();
      const drawn = await drawnBoxes(value, text);
      expect(drawn?.lines, `"${text}" on one line at ${width} px`).toBe(1);
      const card = await value.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON() as DOMRect);
      expect(drawn!.left + 0.5 >= card.left && drawn!.right <= card.right + 0.5, `"${text}" inside its card at ${width} px`).toBe(true);
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/${appLocale}/admin/dashboard/print?fromYear=2019&toYear=2025`);
  const period = page.getByText(/2019[\s\u2060]*–[\s\u2060]*2025/).first();
  const order = await leftToRight(period, ["2019", "2025"]);
  expect(order.ok, `2019 drawn left of 2025: ${JSON.stringify(order.boxes)}`).toBe(true);
});

test("import page: the spaced amount of the hint reads 13 179 091, groups left to right", async ({ page, appLocale }) => {
  await signIn(page, appLocale, DEMO.admin);
  await page.goto(`/${appLocale}/admin/imports`);
  const hint = page.locator("#import-file-hint");
  const order = await leftToRight(hint, ["13", "179", "091"], "13 179 091");
  expect(order.ok, `13, 179, 091 left to right: ${JSON.stringify(order.boxes)}`).toBe(true);
});

test("territory: a phase's period reads 2005–2010 and stays on one line", async ({ page, appLocale }) => {
  await signIn(page, appLocale, DEMO.admin);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${appLocale}/admin/territory`);
  const phase = page.getByText(TEXT[appLocale].phase).first().locator("xpath=..");
  const order = await leftToRight(phase, ["2005", "2010"]);
  expect(order.ok, `2005 drawn left of 2010: ${JSON.stringify(order.boxes)}`).toBe(true);
  const [first, last] = order.boxes;
  expect(Math.round(first!.top), "the period is not broken over two lines").toBe(Math.round(last!.top));
});
