// The text of a PDF, page by page, read with Mozilla's pdf.js (pdfjs-dist, pinned in package.json): the
// same reader Firefox uses, so what it finds is what a person can select and search in the file.

/**
 * A page's text pieces in the PDF's order (left to right, as drawn) and in reverse. pdf.js puts each piece
 * of right-to-left text back in reading order, but the pieces of an Arabic line stay in drawing order:
 * read backwards, they give the line as it is read.
 */
export type PdfPage = { drawn: string; reversed: string };
export type PdfText = { pages: PdfPage[]; width: number; height: number };

// Bidi controls, the ALM, tatweel and Arabic short vowels are invisible or drawn apart, and Chromium may or
// may not carry them into the PDF; white space is laid out by position. All are dropped, and Arabic
// presentation forms (what a PDF holds) folded to letters (NFKC), so a phrase is found however it was cut.
export const comparable = (text: string) => text.normalize("NFKC").replace(/[\u0000\u200e\u200f\u061c\u2066-\u2069\u0640\u064b-\u065f\u0670\s]/g, "");

/** Whether the page holds the phrase: left-to-right text in drawing order, right-to-left text reversed. */
export const holds = (page: PdfPage, phrase: string) => page.drawn.includes(comparable(phrase)) || page.reversed.includes(comparable(phrase));

export async function pdfText(data: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  let width = 0;
  let height = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (n === 1) [width, height] = [page.view[2] ?? 0, page.view[3] ?? 0];
    const pieces = (await page.getTextContent()).items.map((item) => ("str" in item ? comparable(item.str) : ""));
    pages.push({ drawn: pieces.join(""), reversed: [...pieces].reverse().join("") });
  }
  await doc.destroy();
  return { pages, width, height };
}
