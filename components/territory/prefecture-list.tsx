import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { RegionWithPrefectures } from "@/lib/territory/types";

/** The regions, each folded open on demand, with their prefectures and provinces (a national admin's view). */
export async function PrefectureList({ regions }: { regions: RegionWithPrefectures[] }) {
  const [t, locale] = await Promise.all([getTranslations("Territory"), getLocale() as Promise<AppLocale>]);
  return (
    <div className="space-y-2">
      {regions.map((region) => (
        <details key={region.id} className="rounded-md border border-slate-200 bg-white">
          <summary className="cursor-pointer p-3 font-semibold text-brand-800">
            {localized(locale, region.nameAr, region.nameFr)}{" "}
            <span className="font-normal text-slate-700">({t("regionCount", { count: region.prefectures.length })})</span>
          </summary>
          <ul className="space-y-1 border-t border-slate-200 p-3">
            {region.prefectures.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline gap-x-2">
                <Link href={`/admin/territory/prefectures/${p.id}`} className="underline">{localized(locale, p.nameAr, p.nameFr)}</Link>
                <span className="text-sm text-slate-700">
                  <span dir="ltr">{p.code}</span> · {t("prefectureCounts", { communes: p.communeCount, users: p.userCount })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
