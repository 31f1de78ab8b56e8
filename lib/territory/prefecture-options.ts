import "server-only";
import type { AppLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { listPrefectureOptions } from "@/lib/territory/queries";

/** The 75 prefectures and provinces for a select, under their regions, in the reader's language. */
export async function prefectureSelectOptions(locale: AppLocale) {
  return (await listPrefectureOptions()).map((p) => ({ value: p.id, label: localized(locale, p.nameAr, p.nameFr), group: localized(locale, p.regionNameAr, p.regionNameFr) }));
}
