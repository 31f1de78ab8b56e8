import type { Page } from "@playwright/test";

/**
 * Chart labels cut off at the edge of what clips them, or [] when none is. An SVG clips its content unless
 * its overflow is visible; then the figure around it is the edge (its padding is the room a label may use).
 * getBoundingClientRect gives a text's whole box even where the SVG hides part of it, which is what lets
 * this see a cut label.
 */
export async function findClippedChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const text of Array.from(document.querySelectorAll("figure svg text"))) {
      const svg = text.closest("svg")!;
      const edge = getComputedStyle(svg).overflow === "visible" ? text.closest("figure")! : svg;
      const box = text.getBoundingClientRect();
      const clip = edge.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < clip.left - 0.5 || box.right > clip.right + 0.5) {
        cut.push(`"${text.textContent}" [${Math.round(box.left)}..${Math.round(box.right)}] outside [${Math.round(clip.left)}..${Math.round(clip.right)}]`);
      }
    }
    return cut;
  });
}
