import { getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/audit/queries";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** The fields an audit entry changed, before and after: on a record's history and on the audit page. */
export async function AuditChangesTable({ changes }: { changes: HistoryEntry["changes"] }) {
  if (changes.length === 0) return null;
  const t = await getTranslations("History");
  return (
    <table className="mt-2 w-full">
      <thead>
        <tr>
          <th scope="col" className="text-start">{t("field")}</th>
          <th scope="col" className="text-start">{t("before")}</th>
          <th scope="col" className="text-start">{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field} className="border-t border-slate-100 align-top">
            <th scope="row" className="pe-2 text-start font-normal" dir="ltr">{change.field}</th>
            <td className="pe-2 break-all">{show(change.before)}</td>
            <td className="break-all">{show(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
