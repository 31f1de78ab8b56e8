import type { AppLocale } from "@/lib/i18n/locales";
import type { AuditPageEntry } from "@/lib/audit/queries-page";
import { presentChanges, recordName, typeLabel, type StoredName, type Translate } from "@/lib/audit/present";
import { formatDateTime } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { AuditChanges, AuditChangesHead } from "@/components/audit/audit-changes";

// Where a record of each type is read, for a link from the trail (accounts only for administrators: none).
const RECORD_PATHS: Record<string, string> = {
  Grant: "/admin/grants", Cooperative: "/admin/cooperatives", Event: "/admin/events", Organisation: "/admin/organisations",
  Commune: "/admin/territory/communes", Place: "/admin/territory/places", Phase: "/admin/territory/phases",
  Programme: "/admin/territory/programmes", Axis: "/admin/territory/axes", Prefecture: "/admin/territory/prefectures",
  Application: "/admin/applications",
};

type Props = { entry: AuditPageEntry; currentNames: Map<string, StoredName>; locale: AppLocale; t: Translate; showRecord: boolean };

/** One entry of the trail: what was done to which record, when, by whom, why, and the readable changes. */
export function AuditEntry({ entry, currentNames, locale, t, showRecord }: Props) {
  const rows = presentChanges(entry, { locale, t, currentNames });
  const name = recordName(entry, locale);
  const twoSided = entry.action === "UPDATE" && rows.length > 0;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <p className="font-semibold">
        {t(`History.actions.${entry.action}`)}
        {showRecord && (
          <>
            {" · "}
            {RECORD_PATHS[entry.entityType] && entry.action !== "DELETE" ? (
              <Link href={`${RECORD_PATHS[entry.entityType]}/${entry.entityId}`} className="text-brand-700 underline">{t("Audit.record", { type: typeLabel(entry.entityType, t), id: entry.entityId })}</Link>
            ) : t("Audit.record", { type: typeLabel(entry.entityType, t), id: entry.entityId })}
            {name && <> · <bdi>{name}</bdi></>}
          </>
        )}
      </p>
      <p className="text-slate-700">
        <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at, locale)}</time>
        {" · "}{entry.userName && <><bdi>{entry.userName}</bdi> </>}(<bdi dir="ltr">{entry.userEmail}</bdi>)
      </p>
      {entry.reason && <p>{t("History.reason", { reason: entry.reason })}</p>}
      {twoSided && <AuditChangesHead t={t} />}
      <AuditChanges rows={rows} action={entry.action} t={t} />
    </li>
  );
}
