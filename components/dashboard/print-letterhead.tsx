import { getTranslations } from "next-intl/server";
import type { PrintPrefecture } from "@/lib/dashboards/print-header";

/**
 * The heading of an official Moroccan document: the State, the ministry, the prefecture and the INDH, in
 * Arabic at the top right and in French at the top left whatever the page's language, as the
 * administration prints them. Each column reads its own catalogue.
 */
export async function PrintLetterhead({ prefecture }: { prefecture: PrintPrefecture }) {
  const [ar, fr] = await Promise.all([
    getTranslations({ locale: "ar", namespace: "PrintHeader" }),
    getTranslations({ locale: "fr", namespace: "PrintHeader" }),
  ]);
  const column = (t: typeof ar, prefectureName: string) => (
    <p className="flex flex-col text-start text-sm font-semibold leading-snug">
      <span className="text-base font-bold">{t("kingdom")}</span>
      <span>{t("ministry")}</span>
      <span>{prefectureName}</span>
      <span>{t("indh")}</span>
    </p>
  );
  // dir="ltr" on the row puts French on the left and Arabic on the right in both languages.
  return (
    <div dir="ltr" className="flex flex-wrap justify-between gap-4 border-b-2 border-slate-800 pb-3" data-testid="letterhead">
      <div lang="fr" dir="ltr">{column(fr, prefecture?.nameFr ?? fr("allPrefectures"))}</div>
      <div lang="ar" dir="rtl">{column(ar, prefecture?.nameAr ?? ar("allPrefectures"))}</div>
    </div>
  );
}
