import { getLocale, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/audit/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));

/** Who changed what and when, from the audit trail, on a record's page. */
export async function RecordHistory({ entries }: { entries: HistoryEntry[] }) {
  const t = await getTranslations("History");
  const locale = (await getLocale()) as AppLocale;
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <p className="font-semibold">
                {t(`actions.${entry.action}` as "actions.CREATE")} · <span dir="ltr">{entry.userEmail}</span> · {formatDateTime(entry.at, locale)}
              </p>
              {entry.reason && <p>{t("reason", { reason: entry.reason })}</p>}
              {entry.changes.length > 0 && (
                <table className="mt-2 w-full">
                  <thead>
                    <tr>
                      <th scope="col" className="text-start">{t("field")}</th>
                      <th scope="col" className="text-start">{t("before")}</th>
                      <th scope="col" className="text-start">{t("after")}</th>
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
      )}
    </section>
  );
}
