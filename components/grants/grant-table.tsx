import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import { formatMoney } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import type { GrantListItem } from "@/lib/grants/types";
import { SortHeader } from "@/components/admin/sort-header";
import { GrantDemoBadge } from "@/components/grants/grant-demo-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { items: GrantListItem[]; params: ListParams<string>; pathname: string; locale: AppLocale };

export async function GrantTable({ items, params, pathname, locale }: Props) {
  const t = await getTranslations("Grants");
  const sort = (key: string, label: string) => <SortHeader label={label} sort={key} pathname={pathname} params={params} />;
  return (
    <ScrollRegion label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <thead className="bg-brand-50">
          <tr>
            {sort("title", t("columns.title"))}
            <th scope="col" className="p-2 text-start">{t("columns.cooperative")}</th>
            <th scope="col" className="p-2 text-start">{t("columns.programme")}</th>
            {sort("approvedOn", t("columns.approvedOn"))}
            {sort("status", t("columns.status"))}
            {sort("totalCost", t("columns.totalCost"))}
            {sort("indhContribution", t("columns.indhContribution"))}
          </tr>
        </thead>
        <tbody>
          {items.map((g) => (
            <tr key={g.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 text-start font-normal">
                <Link href={`/admin/grants/${g.id}`} className="font-semibold text-brand-800 underline">{g.title}</Link>
                {g.isDemo && <GrantDemoBadge />}
              </th>
              <td className="p-2">{g.cooperativeName}</td>
              <td className="p-2">{g.programmeLabel}</td>
              <td className="p-2 whitespace-nowrap">{formatCalendarDate(g.approvedOn, locale)}</td>
              <td className="p-2">{t(`status.${g.status}` as "status.APPROVED")}</td>
              <td className="p-2 text-end whitespace-nowrap tabular-nums">{formatMoney(g.totalCostCentimes, locale)}</td>
              <td className="p-2 text-end whitespace-nowrap tabular-nums">{formatMoney(g.indhContributionCentimes, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
