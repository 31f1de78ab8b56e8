// The rule behind `npm run test:i18n`: every locale has exactly the same message keys, and every message
// parses as ICU (a broken plural would otherwise only show up on the page), and every number placeholder of
// a right-to-left message is isolated (lib/i18n/bidi-isolation.ts).
import { IntlMessageFormat } from "intl-messageformat";
import { findUnisolatedNumbers } from "@/lib/i18n/bidi-isolation";

export type Messages = { [key: string]: string | Messages };

export function flattenMessages(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flattenMessages(value, full)) out.set(k, v);
  }
  return out;
}

export function findCatalogueProblems(catalogues: { locale: string; messages: Messages }[]): string[] {
  const flat = catalogues.map(({ locale, messages }) => ({ locale, keys: flattenMessages(messages) }));
  const problems: string[] = [];
  for (const { locale, keys } of flat) {
    for (const other of flat) {
      if (other.locale === locale) continue;
      for (const key of keys.keys()) {
        if (!other.keys.has(key)) problems.push(`${key} is in ${locale}.json but missing from ${other.locale}.json`);
      }
    }
    for (const [key, message] of keys) {
      try {
        new IntlMessageFormat(message, locale);
      } catch (error) {
        problems.push(`${locale}.json ${key} is not valid ICU: ${(error as Error).message}`);
        continue;
      }
      for (const found of findUnisolatedNumbers(message)) {
        problems.push(`${locale}.json ${key}: ${found} (wrap it in \\u2068...\\u2069 so right-to-left text keeps its order)`);
      }
    }
  }
  return problems;
}
