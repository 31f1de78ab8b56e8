import "server-only";
// The sentence the imports page shows after a refused upload, from the query the upload route wrote
// (app/[locale]/admin/imports/upload/route.ts): columns named by their headers in the reader's language,
// the file's own headers, and each badly formed CSV line.
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { columnOfKey, isImportKind } from "@/lib/imports/columns";
import { missingColumnsText } from "@/lib/imports/missing-columns-text";

type Query = Record<string, string | string[] | undefined>;
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const one = (v: string | string[] | undefined) => all(v)[0] ?? "";
const LINE_CODES = ["unclosedQuote", "malformedQuote", "tooManyCells", "tooFewCells"] as const;

export async function importProblemText(problem: string, query: Query, locale: AppLocale): Promise<string> {
  const t = await getTranslations("Imports.problems");
  const separator = t("listSeparator");
  // Isolated (FSI…PDI): an Arabic header in a French sentence, or a Latin one in Arabic, keeps its place.
  const quoted = (text: string) => (locale === "ar" ? `«\u2068${text}\u2069»` : `« \u2068${text}\u2069 »`);
  const kind = one(query.kind);
  if (problem === "missingColumns" && isImportKind(kind)) {
    const columns = one(query.details).split(",").slice(0, 40).map((key) => columnOfKey(kind, key)).filter((c) => c !== undefined);
    return missingColumnsText(t, locale, columns, all(query.header));
  }
  if (problem === "csvMalformed") {
    const lines = all(query.line).slice(0, 10).flatMap((text) => {
      const [line, code, cells, expected] = text.split(":");
      const known = LINE_CODES.find((c) => c === code);
      if (!known || !/^\d{1,6}$/.test(line ?? "")) return [];
      return [t(`csvLine.${known}`, { line: Number(line), cells: Number(cells ?? 0), expected: Number(expected ?? 0) })];
    });
    return t("csvMalformed", { lines: lines.join(separator) });
  }
  return t(problem as "empty", { details: one(query.details).slice(0, 200) });
}
