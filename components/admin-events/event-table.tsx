import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import type { AdminEventRow } from "@/lib/events/types";
import { formatDateTime } from "@/lib/format/dates";
import { SortHeader } from "@/components/admin/sort-header";
import { StatusBadge } from "@/components/admin-events/status-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

const PATH = "/admin/events";

export async function EventTable({ rows, params }: { rows: AdminEventRow[]; params: ListParams<string> }) {
  const t = await getTranslations("AdminEvents");
  const kinds = await getTranslations("EventKind");
  const locale = (await getLocale()) as AppLocale;
  return (
    <ScrollRegion label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <thead className="bg-brand-50">
          <tr>
            <SortHeader label={t("columns.title")} sort="title" pathname={PATH} params={params} />
            <SortHeader label={t("columns.startsAt")} sort="startsAt" pathname={PATH} params={params} />
            <SortHeader label={t("columns.status")} sort="status" pathname={PATH} params={params} />
            <th scope="col" className="p-2 text-start">{t("columns.kind")}</th>
            <th scope="col" className="p-2 text-start">{t("columns.commune")}</th>
            <th scope="col" className="p-2 text-start">{t("columns.presentations")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top">
              <td className="p-2">
                <Link href={`${PATH}/${row.id}`} className="font-semibold text-brand-800 underline">{row.title}</Link>
                <span className="block text-xs text-slate-600" dir="ltr">{row.slug}</span>
              </td>
              <td className="p-2">{formatDateTime(row.startsAt, locale)}</td>
              <td className="p-2"><StatusBadge status={row.status} /></td>
              <td className="p-2">{kinds(row.kind as "OTHER")}</td>
              <td className="p-2">{row.communeName ?? "—"}</td>
              <td className="p-2">{t("presentationCount", { count: row.presentationCount })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
