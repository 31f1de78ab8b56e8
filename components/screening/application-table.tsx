import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import type { ApplicationListRow } from "@/lib/screening/types";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatCount, formatMoney } from "@/lib/format/money";
import { SortHeader } from "@/components/admin/sort-header";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ApplicationStatusBadge } from "@/components/screening/application-status-badge";

const PATH = "/admin/applications";

export async function ApplicationTable({ rows, params }: { rows: ApplicationListRow[]; params: ListParams<string> }) {
  const t = await getTranslations("Screening");
  const nav = await getTranslations("Admin");
  const locale = (await getLocale()) as AppLocale;
  return (
    <ScrollRegion label={nav("applications")}>
      <table className="w-full border-collapse bg-white text-sm">
        <thead className="bg-brand-50">
          <tr>
            <SortHeader label={t("columns.receiptCode")} sort="receiptCode" pathname={PATH} params={params} />
            <th scope="col" className="p-2 text-start">{t("columns.cooperative")}</th>
            <th scope="col" className="p-2 text-start">{t("columns.call")}</th>
            <SortHeader label={t("columns.requestedIndh")} sort="requestedIndh" pathname={PATH} params={params} />
            <SortHeader label={t("columns.submittedAt")} sort="submittedAt" pathname={PATH} params={params} />
            <SortHeader label={t("columns.status")} sort="status" pathname={PATH} params={params} />
            <th scope="col" className="p-2 text-start">{t("columns.averageScore")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top">
              <td className="p-2">
                <Link href={`${PATH}/${row.id}`} className="whitespace-nowrap font-semibold text-brand-800 underline" dir="ltr">{row.receiptCode}</Link>
                <span className="block text-xs text-slate-600">{t(`channel.${row.channel}` as "channel.ONLINE")}</span>
              </td>
              <td className="p-2">
                {row.cooperativeName}
                <span className="block text-xs text-slate-600" dir="ltr">{row.registerNumber}</span>
              </td>
              <td className="p-2">{row.callTitle}</td>
              <td className="whitespace-nowrap p-2">{formatMoney(row.requestedIndhCentimes, locale)}</td>
              <td className="whitespace-nowrap p-2">{formatCalendarDate(row.submittedAt, locale)}</td>
              <td className="p-2"><ApplicationStatusBadge status={row.status} /></td>
              <td className="whitespace-nowrap p-2">{row.averageScore === null ? t("noScore") : t("scoreOutOf", { score: formatCount(row.averageScore, locale) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
