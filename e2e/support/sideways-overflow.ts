import type { Page } from "@playwright/test";

/**
 * What makes the page wider than the screen, or "" when nothing does: the document's own scroll width, and
 * every visible element whose box passes either edge of the viewport. Elements inside a box that clips or
 * scrolls sideways (a framed table) are that box's business: only the box itself is measured. Visually
 * hidden text counts too: an sr-only span placed absolutely past the edge widens the page all the same.
 */
export async function findSidewaysOverflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clips = (el: Element) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const insideClip = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) if (clips(up)) return true;
      return false;
    };
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const cls = typeof el.className === "string" ? el.className.split(" ").slice(0, 3).join(".") : "";
      return `<${el.tagName.toLowerCase()}${cls ? "." + cls : ""}> "${text}"`;
    };
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      if (box.right > width + 1 || box.left < -1) {
        if (insideClip(el)) continue;
        offenders.push(`${describe(el)} [${Math.round(box.left)}..${Math.round(box.right)}]`);
      }
    }
    // The first few in document order: the outermost, whose children stick out with them.
    const outer = offenders.slice(0, 5);
    if (root.scrollWidth <= width && offenders.length === 0) return "";
    return `scrollWidth ${root.scrollWidth} of ${width}; ${offenders.length} elements stick out: ${outer.join("; ")}`;
  });
}
