import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import type { CommuneRow } from "@/lib/territory/types";
import { showAlternativeNames } from "@/lib/territory/alternative-names";
import { SortHeader } from "@/components/admin/sort-header";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { rows: CommuneRow[]; params: ListParams<string>; pathname: string; showPrefecture: boolean };

export async function CommuneTable({ rows, params, pathname, showPrefecture }: Props) {
  const [t, lists, locale] = await Promise.all([getTranslations("Territory"), getTranslations("Lists"), getLocale() as Promise<AppLocale>]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <ScrollRegion label={t("communes")}>
      <table className="w-full border-collapse text-sm">
        <thead className="bg-brand-50">
          <tr>
            <SortHeader label={t("code")} sort="code" pathname={pathname} params={params} />
            <SortHeader label={t("nameAr")} sort="nameAr" pathname={pathname} params={params} />
            <SortHeader label={t("nameFr")} sort="nameFr" pathname={pathname} params={params} />
            <th scope="col" className="p-2 text-start">{t("alternativeNames")}</th>
            {showPrefecture && <th scope="col" className="p-2 text-start">{t("prefecture")}</th>}
            <th scope="col" className="p-2 text-start">{t("legalStatus")}</th>
            <th scope="col" className="p-2 text-start">{t("setting")}</th>
            <th scope="col" className="p-2 text-start">{t("places")}</th>
            <th scope="col" className="p-2 text-start">{lists("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-slate-200">
              <td className="p-2 text-start" dir="ltr">{c.code}</td>
              <td className="p-2" dir="rtl" lang="ar">{c.nameAr}</td>
              <td className="p-2" dir="ltr" lang="fr">{c.nameFr}</td>
              <td className="p-2" dir="auto">{showAlternativeNames(c.alternativeNames)}</td>
              {showPrefecture && <td className="p-2">{localized(locale, c.prefectureNameAr, c.prefectureNameFr)}</td>}
              <td className="p-2">{t(`legalStatuses.${c.legalStatus}` as "legalStatuses.RURAL_COMMUNE")}</td>
              <td className="p-2">{t(`settings.${c.setting}` as "settings.RURAL")}</td>
              <td className="p-2">{c.placeCount}</td>
              <td className="p-2">
                <Link href={`/admin/territory/communes/${c.id}`} className="underline">{lists("edit")}<span className="sr-only"> {localized(locale, c.nameAr, c.nameFr)}</span></Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
