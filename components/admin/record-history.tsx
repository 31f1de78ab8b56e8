import type { AuditPage } from "@/lib/audit/queries-page";
import { AuditEntry } from "@/components/audit/audit-entry";
import { getAuditContext } from "@/components/audit/audit-translate";

/** Who changed what and when, from the audit trail, on a record's page, as people read it. */
export async function RecordHistory({ history }: { history: Omit<AuditPage, "total"> }) {
  const { locale, t } = await getAuditContext();
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-xl font-bold text-brand-800">{t("History.title")}</h2>
      {history.entries.length === 0 ? (
        <p className="text-slate-700">{t("History.empty")}</p>
      ) : (
        <ol className="space-y-3">
          {history.entries.map((entry) => <AuditEntry key={entry.id} entry={entry} currentNames={history.currentNames} locale={locale} t={t} showRecord={false} />)}
        </ol>
      )}
    </section>
  );
}
