import { getLocale, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/audit/queries";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { AuditChangesTable } from "@/components/admin/audit-changes-table";


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
              <AuditChangesTable changes={entry.changes} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
