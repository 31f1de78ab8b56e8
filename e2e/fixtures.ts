import { test as base, expect, type Page } from "@playwright/test";
import { axeViolations } from "./support/axe";

export type AppOptions = {
  appLocale: "ar" | "fr";
  /** Console errors a test expects (a 404 page logs its own status); every other one fails the test. */
  expectedConsoleErrors: RegExp[];
};

type Fixtures = { checkA11y: (page?: Page) => Promise<void>; consoleErrors: string[] };

/**
 * Every spec runs once per locale (the `ar` and `fr` projects). Any console error (hydration mismatches
 * included) fails the test, and `checkA11y` fails on any axe violation of WCAG 2.1 A/AA.
 */
export const test = base.extend<AppOptions & Fixtures>({
  appLocale: ["ar", { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // With the address: "Failed to load resource" alone does not say which one.
        if (message.type() === "error") errors.push(`${message.text()}${message.location().url ? ` (${message.location().url})` : ""}`);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      const unexpected = errors.filter((text) => !expectedConsoleErrors.some((pattern) => pattern.test(text)));
      // Printed in the log, so a tolerated error still says which address it came from.
      const tolerated = errors.filter((text) => !unexpected.includes(text));
      if (tolerated.length > 0) console.log(`expected console errors: ${tolerated.join(" | ")}`);
      expect(unexpected, "console errors (hydration or runtime)").toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      // After a client-side navigation (a form's redirect) Next streams the new <title> a moment after the
      // page's content: wait for it, or axe can catch the document between two titles.
      await expect(target).toHaveTitle(/\S/);
      const violations = await axeViolations(target, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")})`);
      expect(summary).toEqual([]);
    });
  },
});

export { expect };
