import type { AuditPage } from "@/lib/audit/queries-page";
import { AuditEntry } from "@/components/audit/audit-entry";
import { getAuditContext } from "@/components/audit/audit-translate";

/** The audit page's entries: each with its record, since they are of many records. */
export async function AuditEntryList({ page }: { page: Omit<AuditPage, "total"> }) {
  const { locale, t } = await getAuditContext();
  if (page.entries.length === 0) return <p>{t("Audit.empty")}</p>;
  return (
    <ol className="space-y-3">
      {page.entries.map((entry) => <AuditEntry key={entry.id} entry={entry} currentNames={page.currentNames} locale={locale} t={t} showRecord />)}
    </ol>
  );
}
