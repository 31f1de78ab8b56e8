import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import { formatCount } from "@/lib/format/money";
import { formatEventDate } from "@/lib/format/dates";
import type { CooperativeListItem } from "@/lib/cooperatives/types";
import { SortHeader } from "@/components/admin/sort-header";
import { DemoBadge } from "@/components/cooperatives/demo-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { items: CooperativeListItem[]; params: ListParams<string>; pathname: string; locale: AppLocale };

export async function CooperativeTable({ items, params, pathname, locale }: Props) {
  const t = await getTranslations("Cooperatives");
  const sort = (key: string, label: string) => <SortHeader label={label} sort={key} pathname={pathname} params={params} />;
  return (
    <ScrollRegion label={t("title")} className="rounded-md border border-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-100">
          <tr>
            {sort("name", t("columns.name"))}
            {sort("registerNumber", t("fields.registerNumber"))}
            {sort("commune", t("fields.communeId"))}
            <th scope="col" className="p-2 text-start">{t("fields.sectorId")}</th>
            {sort("members", t("fields.members"))}
            <th scope="col" className="p-2 text-start">{t("columns.grants")}</th>
            {sort("createdAt", t("columns.createdAt"))}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-semibold">
                <Link href={`/admin/cooperatives/${c.id}`} className="text-brand-800 underline">{c.name}</Link>
                {c.isDemo && <DemoBadge />}
              </th>
              <td className="p-2 whitespace-nowrap" dir="ltr">{c.registerNumber}</td>
              <td className="p-2">
                {c.communeName}
                <span className="block text-xs text-slate-600">{t(`zone.${c.zone}`)}</span>
              </td>
              <td className="p-2">{c.sectorName}</td>
              <td className="p-2">
                {formatCount(c.members, locale)}
                <span className="block text-xs text-slate-600">{t("membersBreakdown", { women: formatCount(c.womenMembers, locale), young: formatCount(c.youngMembers, locale) })}</span>
              </td>
              <td className="p-2">{formatCount(c.grantCount, locale)}</td>
              {/* A full date in Moroccan time: lib/format has no shorter day format of a timestamp yet. */}
              <td className="p-2">{formatEventDate(c.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
