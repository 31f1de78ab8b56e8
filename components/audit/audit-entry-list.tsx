import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { AuditPageEntry } from "@/lib/audit/queries-page";
import { formatDateTime } from "@/lib/format/dates";
import { AuditChangesTable } from "@/components/admin/audit-changes-table";


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
          <AuditChangesTable changes={entry.changes} />
        </li>
      ))}
    </ol>
  );
}
