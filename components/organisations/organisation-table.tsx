import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ListParams } from "@/lib/lists/list-params";
import type { OrganisationListItem } from "@/lib/organisations/types";
import { SortHeader } from "@/components/admin/sort-header";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { items: OrganisationListItem[]; params: ListParams<string>; pathname: string };

export async function OrganisationTable({ items, params, pathname }: Props) {
  const t = await getTranslations("Organisations");
  const sort = (key: string, label: string) => <SortHeader label={label} sort={key} pathname={pathname} params={params} />;
  return (
    <ScrollRegion label={t("title")} className="rounded-md border border-slate-200">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-100">
          <tr>
            {sort("name", t("columns.name"))}
            {sort("code", t("fields.code"))}
            {sort("kind", t("fields.kind"))}
            {sort("commune", t("fields.communeId"))}
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.id} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-semibold">
                <Link href={`/admin/organisations/${o.id}`} className="text-brand-800 underline">{o.name}</Link>
                {o.acronym && <span className="ms-2 text-xs font-normal text-slate-600" dir="ltr">({o.acronym})</span>}
              </th>
              <td className="p-2" dir="ltr">{o.code}</td>
              <td className="p-2">{t.has(`kinds.${o.kind}`) ? t(`kinds.${o.kind}` as "kinds.OTHER") : o.kind}</td>
              <td className="p-2">
                {o.communeName ?? t("notSet")}
                {o.zone && <span className="block text-xs text-slate-600">{t(`zone.${o.zone}`)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
