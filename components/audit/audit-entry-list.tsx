import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AuditPageEntry } from "@/lib/audit/queries-page";
import { formatDateTime } from "@/lib/format/dates";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** Who did what, when, why, and the field-by-field difference, for each entry of the trail. */
export async function AuditEntryList({ entries }: { entries: AuditPageEntry[] }) {
  const [t, history, locale] = await Promise.all([getTranslations("Audit"), getTranslations("History"), getLocale() as Promise<AppLocale>]);
  if (entries.length === 0) return <p>{t("empty")}</p>;
  const typeLabel = (type: string) => (t.has(`entityTypes.${type}` as "entityTypes.User") ? t(`entityTypes.${type}` as "entityTypes.User") : type);
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p className="font-semibold">
            {history(`actions.${entry.action}` as "actions.CREATE")} · {t("record", { type: typeLabel(entry.entityType), id: entry.entityId })}
          </p>
          <p className="text-slate-700">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time> · {t.rich("by", { email: entry.userEmail, ltr: (chunks) => <span dir="ltr">{chunks}</span> })}
          </p>
          {entry.reason && <p>{history("reason", { reason: entry.reason })}</p>}
          {entry.changes.length > 0 && (
            <table className="mt-2 w-full">
              <thead>
                <tr>
                  <th scope="col" className="text-start">{history("field")}</th>
                  <th scope="col" className="text-start">{history("before")}</th>
                  <th scope="col" className="text-start">{history("after")}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((change) => (
                  <tr key={change.field} className="border-t border-slate-100 align-top">
                    <th scope="row" className="pe-2 text-start font-normal" dir="ltr">{change.field}</th>
                    <td className="pe-2 break-all">{show(change.before)}</td>
                    <td className="break-all">{show(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}
