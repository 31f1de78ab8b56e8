// The address of an event page (/events/<slug>) suggested from its title. Pure: the form calls it as the
// title is typed, the tests call it directly. The server still checks the format and that it is unused.

const SUGGESTED_MAX_LENGTH = 80;

// Arabic letters in the French-style spelling Moroccan administrations use (ش ch, و ou, ج j, ق k...).
const ARABIC_LETTERS: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ء: "", ؤ: "o", ئ: "i", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh",
  د: "d", ذ: "d", ر: "r", ز: "z", س: "s", ش: "ch", ص: "s", ض: "d", ط: "t", ظ: "d", ع: "a", غ: "gh", ف: "f",
  ق: "k", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", ة: "a", و: "ou", ي: "i", ى: "a", پ: "p", ڤ: "v", گ: "g", ڭ: "g",
};
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

function transliterateWord(word: string): string {
  // The article: "التعاونيات" -> "al-taaouniyat" reads better than "altaaouniyat".
  const article = /^(?:[وفبك]?ال)(?=[\u0621-\u064a]{2})/.exec(word);
  const rest = article ? word.slice(article[0].length) : word;
  const prefix = article ? `${article[0].length > 2 ? transliterateLetters(article[0].slice(0, -2)) : ""}al-` : "";
  return prefix + transliterateLetters(rest, true);
}

function transliterateLetters(letters: string, wordStart = false): string {
  return [...letters]
    .map((letter, i) => {
      if (letter === "ي" && i === 0 && wordStart) return "y";
      if (letter === "و" && i === 0 && wordStart) return "ou";
      return ARABIC_LETTERS[letter] ?? letter;
    })
    .join("");
}

/** Arabic script to Latin letters, word by word; other characters are left for slugify to handle. */
export function transliterateArabic(text: string): string {
  return text
    .replace(ARABIC_MARKS, "")
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/[\u0621-\u064a\u067e\u06a4\u06af\u06ad]+/g, transliterateWord);
}

/** Lowercase ASCII words joined by single hyphens (the SLUG_PATTERN of lib/events/schema.ts). */
export function slugify(text: string): string {
  const words = transliterateArabic(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SUGGESTED_MAX_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, SUGGESTED_MAX_LENGTH) || "";
}

/**
 * From the French title when there is one (the readable choice for an address), else the Arabic title
 * transliterated; the event's year is added when the title does not say it, as the form's hint suggests.
 */
export function suggestSlug({ titleFr, titleAr, date }: { titleFr?: string; titleAr?: string; date?: string }): string {
  const base = slugify(titleFr?.trim() ? titleFr : (titleAr ?? ""));
  const year = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(transliterateArabic(date ?? ""))?.[1];
  if (!base) return "";
  if (!year || base.split("-").includes(year)) return base;
  return slugify(`${base} ${year}`);
}
