// The sentence for a file without some required columns, shared by every import (cooperatives, grants,
// communes): each missing column by the headers it accepts in the reader's language first, then the file's
// own headers, never the internal field names.
import type { AppLocale } from "@/lib/i18n/locales";
import { acceptedHeaders, type Column } from "@/lib/imports/columns";

type ProblemTranslator = {
  (key: "missingColumnsNamed", values: { columns: string; headers: string }): string;
  (key: "acceptedNames", values: { first: string; second: string }): string;
  (key: "listSeparator" | "noHeaders"): string;
};

/** At most 30 of the file's headers, each cut at 80 characters: a crafted header row stays a short message. */
export const MAX_HEADERS_SHOWN = 30;

export function missingColumnsText(t: ProblemTranslator, locale: AppLocale, columns: Column[], fileHeaders: string[]): string {
  // Isolated (FSI…PDI): an Arabic header in a French sentence, or a Latin one in Arabic, keeps its place.
  const quoted = (text: string) => (locale === "ar" ? `«\u2068${text}\u2069»` : `« \u2068${text}\u2069 »`);
  const headers = fileHeaders.filter((h) => h.trim() !== "").slice(0, MAX_HEADERS_SHOWN).map((h) => quoted(h.trim().slice(0, 80)));
  return t("missingColumnsNamed", {
    columns: columns
      .map((c) => {
        const [first, second] = acceptedHeaders(c, locale);
        return t("acceptedNames", { first, second });
      })
      .join(t("listSeparator")),
    headers: headers.length > 0 ? headers.join(locale === "ar" ? "، " : ", ") : t("noHeaders"),
  });
}
