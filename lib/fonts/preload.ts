import { preload } from "react-dom";
import type { AppLocale } from "@/lib/i18n/locales";
import { FONT_FILES, type FontFile } from "@/lib/fonts/files";

// The font of the first screen's largest text (the bold headline), by language (app/fonts.css,
// scripts/subset-fonts.ts); the others load when the stylesheet asks for them (unicode-range). Preloading all
// five of an Arabic page was tried: Lighthouse's simulated load then counts their 57 kB before the largest
// paint, and its LCP got later, not earlier.
const FIRST_SCREEN: Record<AppLocale, FontFile[]> = {
  ar: ["arabic-700"],
  fr: ["latin-700"],
};

/** Preload links for the page's fonts, so they arrive with the stylesheet rather than after it. */
export function preloadFonts(locale: AppLocale) {
  for (const file of FIRST_SCREEN[locale]) preload(FONT_FILES[file], { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
}
