// axe-core run inside the page, the way @axe-core/playwright runs it without frames: its source evaluated in
// the page (Playwright's evaluate is not subject to the page's Content-Security-Policy), then axe.run on the
// document. Not @axe-core/playwright itself: its 4.14 release declares Node >= 22.12, so `npm ci` warned on
// the Node 20 the README supports; the rules are the same axe-core 4.14 either way. The app has no iframes.
import axe from "axe-core";
import type { Page } from "@playwright/test";

export async function axeViolations(page: Page, tags: string[]): Promise<axe.Result[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (values) => {
    const injected = (window as unknown as { axe: typeof axe }).axe;
    return (await injected.run(document, { runOnly: { type: "tag", values } })).violations;
  }, tags);
}
