import { preload } from "react-dom";
import type { AppLocale } from "@/lib/i18n/locales";
import { FONT_FILES, type FontFile } from "@/lib/fonts/files";

// What the first screen of a page draws, by language (app/fonts.css, scripts/subset-fonts.ts): Arabic text at
// both weights, digits and punctuation at 400; French letters at both weights. The rest (the other script in
// the language switch, bold digits) loads when used, as unicode-range asks. Preloaded, they arrive with the
// stylesheet, before the first paint, so the text is not drawn twice (no layout shift from the swap).
const FIRST_SCREEN: Record<AppLocale, FontFile[]> = {
  ar: ["arabic-400", "arabic-700", "common-400"],
  fr: ["latin-400", "latin-700", "common-400"],
};

/** Preload links for the page's fonts, so they arrive with the stylesheet rather than after it. */
export function preloadFonts(locale: AppLocale) {
  for (const file of FIRST_SCREEN[locale]) preload(FONT_FILES[file], { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
}
