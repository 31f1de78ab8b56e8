import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AdminCallRow } from "@/lib/calls/types";
import { formatDateTime } from "@/lib/format/dates";
import { formatCount } from "@/lib/format/money";
import { CallStatusBadge } from "@/components/admin-calls/call-status-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

export async function CallTable({ rows }: { rows: AdminCallRow[] }) {
  const t = await getTranslations("Calls.admin");
  const locale = (await getLocale()) as AppLocale;
  const head = (key: string) => <th scope="col" className="p-2 text-start">{t(`columns.${key}` as "columns.title")}</th>;
  return (
    <ScrollRegion label={t("columns.title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <thead className="bg-brand-50">
          <tr>{["reference", "title", "programme", "dates", "status", "applications"].map(head)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top">
              <td className="p-2" dir="ltr">{row.reference}</td>
              <td className="p-2"><Link href={`/admin/calls/${row.id}`} className="font-semibold text-brand-800 underline">{row.title}</Link></td>
              <td className="p-2">{row.programme}</td>
              <td className="p-2">{t("dates", { opens: formatDateTime(row.opensAt, locale), closes: formatDateTime(row.closesAt, locale) })}</td>
              <td className="p-2"><CallStatusBadge status={row.status} /></td>
              <td className="p-2">
                <Link href={{ pathname: "/admin/applications", query: { call: row.id } }} className="text-brand-800 underline">{formatCount(row.applications, locale)}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
