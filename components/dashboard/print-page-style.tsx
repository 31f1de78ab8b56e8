/**
 * Print rules of the dashboard's print view only: A4 paper, and the page number in the bottom margin box
 * ("صفحة 1 من 3"), which Chromium draws since version 131 both in its print dialog and in page.pdf().
 * The site's header and footer are left out: the letterhead replaces them. On paper the text is set in the
 * system's Arabic-capable sans-serif (Arial on Windows, DejaVu Sans on Linux, Geeza Pro on macOS): with the
 * web font (Noto Sans Arabic), Chromium's PDFs carry no Unicode for most Arabic letter forms, so a saved
 * report could not be searched or copied from. `pageLabel` is the translated
 * "page {page} of {pages}" with the two numbers as the markers PAGE and PAGES.
 */
export function PrintPageStyle({ pageLabel }: { pageLabel: string }) {
  const content = pageLabel
    .split(/(PAGES|PAGE)/)
    .filter(Boolean)
    .map((part) => (part === "PAGE" ? "counter(page)" : part === "PAGES" ? "counter(pages)" : JSON.stringify(part)))
    .join(" ");
  const css = `
@page { size: A4; margin: 14mm 12mm 16mm; @bottom-center { content: ${content}; font: 9pt Arial, "DejaVu Sans", "Geeza Pro", sans-serif; color: #333; } }
@media print {
  body > header, body > footer { display: none !important; }
  main#main { max-width: none; padding: 0; }
  body { font-family: Arial, "DejaVu Sans", "Geeza Pro", sans-serif; }
}`;
  return <style dangerouslySetInnerHTML={{ __html: css }} />;
}
