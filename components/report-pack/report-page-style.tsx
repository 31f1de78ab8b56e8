import { PrintPageStyle } from "@/components/dashboard/print-page-style";

type Props = {
  /** The translated "page {page} of {pages}", with the markers PAGE and PAGES (see PrintPageStyle). */
  pageLabel: string;
  /** The running header: prefecture, title and period, in the reader's language. */
  header: string;
  dir: "rtl" | "ltr";
};

/**
 * A CSS string literal for any text: quotes, backslashes, line breaks and "<" (which could close the
 * <style> element) become CSS escapes, so a prefecture's name cannot break out of the rule.
 */
export function cssString(text: string): string {
  return `"${[...text].map((c) => (/["\\<>\n\r\f]/.test(c) ? `\\${c.codePointAt(0)!.toString(16)} ` : c)).join("")}"`;
}

/**
 * The report's paper: the dashboard print view's A4 page and page numbers in the bottom margin box, plus a
 * running header in the top margin box on every page but the cover (Chromium draws margin boxes since
 * version 131, in its print dialog as in page.pdf()), each section from a new page, and colours printed as
 * shown (the cards' and tables' tints carry meaning).
 */
export function ReportPageStyle({ pageLabel, header, dir }: Props) {
  const css = `
@page { @top-center { content: ${cssString(header)}; direction: ${dir}; font: 8.5pt Arial, "DejaVu Sans", "Geeza Pro", sans-serif; color: #333; } }
@page :first { @top-center { content: none; } }
@media print {
  [data-testid="demo-banner"] { display: none !important; }
  .report-pack { -webkit-print-color-adjust: exact; print-color-adjust: exact; font-size: 10pt; }
  .report-pack .report-page { break-before: page; }
  .report-pack section { break-inside: auto; }
  .report-pack tr, .report-pack figure, .report-pack dl > div { break-inside: avoid; }
  /* Wide tables (the pipeline's and outcomes' breakdowns) must fit the sheet: nothing scrolls on paper. */
  .report-pack .scroll-cue { overflow: visible; }
  .report-pack table { min-width: 0; width: 100%; table-layout: fixed; font-size: 7pt; line-height: 1.35; }
  .report-pack th, .report-pack td { overflow-wrap: anywhere; }
  /* The report's long lists run on from the page they start on; short tables keep together (globals.css). */
  .report-pack table[data-testid^="report-"] { break-inside: auto; }
  .report-pack table .text-xs { font-size: 0.9em; }
  .report-pack th, .report-pack td, .report-pack td *, .report-pack th * { white-space: normal; }
  .report-pack th, .report-pack td { padding: 2pt 3pt; }
  .report-pack figure details { display: none; }
  .report-pack h2, .report-pack h3, .report-pack caption { break-after: avoid; }
}`;
  return (
    <>
      <PrintPageStyle pageLabel={pageLabel} />
      <style dangerouslySetInnerHTML={{ __html: css }} />
    </>
  );
}
