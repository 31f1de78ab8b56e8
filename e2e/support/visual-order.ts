import type { Locator } from "@playwright/test";

/** Where a piece of text is drawn: its first and last box (a wrapped piece has several). */
export type Drawn = { left: number; right: number; top: number; lines: number };

/**
 * The boxes Chromium drew for the `occurrence`-th match of `piece` inside the element, measured with a
 * DOM Range over its text nodes (Range.getClientRects), so what is checked is the rendered order, not the
 * order of the characters in the source. Invisible bidi controls (FSI, LRI, PDI...) are part of the text
 * nodes but not of `piece`: they are skipped when matching.
 */
export async function drawnBoxes(element: Locator, piece: string, occurrence = 0, anchor = ""): Promise<Drawn | null> {
  return element.evaluate(
    (root, [piece, nth, within]) => {
      let wanted = piece;
      const isControl = (c: string) => /[\u200e\u200f\u2066-\u2069\u202a-\u202e\u2060]/.test(c);
      const chars: { node: Text; offset: number; char: string }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) if (!isControl(node.data[i]!)) chars.push({ node, offset: i, char: node.data[i]!.replace(/[\u00a0\u202f]/, " ") });
      }
      const text = chars.map((c) => c.char).join("");
      wanted = wanted.replace(/[\u00a0\u202f]/g, " ");
      // With an anchor, the piece is looked for from where the anchor starts ("179" of "13 179 091").
      let index = within ? text.indexOf(within) - 1 : -1;
      if (within && index < -1) return null;
      for (let k = 0; k <= nth; k++) {
        index = text.indexOf(wanted, index + 1);
        if (index < 0) return null;
      }
      const first = chars[index]!;
      const last = chars[index + wanted.length - 1]!;
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) return null;
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        lines: tops.size,
      };
    },
    [piece, occurrence, anchor] as const,
  );
}

/** Each piece drawn, on one line, strictly left of the next one. */
export async function leftToRight(element: Locator, pieces: string[], anchor = ""): Promise<{ ok: boolean; boxes: (Drawn | null)[] }> {
  const boxes: (Drawn | null)[] = [];
  for (const piece of pieces) boxes.push(await drawnBoxes(element, piece, 0, anchor));
  const ok = boxes.every((b, i) => b !== null && (i === 0 || b.left >= boxes[i - 1]!.right - 0.5));
  return { ok, boxes };
}
