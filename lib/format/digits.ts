// Staff type on Arabic keyboards and paste from Arabic documents: "١٥/٠٣/٢٠٢٤", "١٢٬٥٠٠٫٧٥", Persian "۱۲".
// Every numeric, amount, date and time field, every import cell and every search query goes through this one
// function first, so the parsers after it only ever see ASCII digits and separators.

const EASTERN_ARABIC_ZERO = 0x0660; // ٠..٩
const PERSIAN_ZERO = 0x06f0; // ۰..۹

/**
 * Eastern Arabic-Indic and Persian digits into 0-9; the Arabic decimal separator (٫) into ",", the Arabic
 * thousands separator (٬) into "." and the Arabic comma (،) into "," - Moroccan usage (150.000,50), which
 * parseDirhamsToCentimes reads. Other characters are left as they are.
 */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c\u060c]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= EASTERN_ARABIC_ZERO && code <= EASTERN_ARABIC_ZERO + 9) return String(code - EASTERN_ARABIC_ZERO);
    if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) return String(code - PERSIAN_ZERO);
    if (ch === "\u066b" || ch === "\u060c") return ",";
    return "."; // U+066C
  });
}
