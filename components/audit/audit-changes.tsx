import type { ChangeRow, Translate } from "@/lib/audit/present";

/**
 * The rows of one entry as a list, not a table: each row is a label and its values stacked, so it reads
 * at 390 px and in both directions. Values sit in <bdi> so an amount or a date keeps its order inside
 * Arabic text. A creation shows only the values given, a deletion only what was deleted.
 */
export function AuditChanges({ rows, action, t }: { rows: ChangeRow[]; action: string; t: Translate }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-700">{t("AuditTrail.noFieldChange")}</p>;
  const value = (text: string | null) => (text === null ? <span aria-label={t("AuditTrail.empty")}>—</span> : <bdi className="whitespace-pre-line break-words">{text}</bdi>);
  const single = action === "CREATE" || action === "DELETE" || action === "IMPORT";
  return (
    <ul className="mt-2 divide-y divide-slate-100 border-t border-slate-100" aria-label={t("AuditTrail.changes")}>
      {rows.map((row, i) => (
        <li key={i} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-3">
          <p className="font-semibold">
            <bdi>{row.label}</bdi>
            {row.change !== "changed" && <span className="ms-2 rounded bg-slate-100 px-1.5 text-xs font-normal text-slate-800">{t(`AuditTrail.change.${row.change}`)}</span>}
          </p>
          {single ? (
            <p className="sm:col-span-2">
              <span className="sr-only">{t(action === "DELETE" ? "AuditTrail.deletedValue" : "AuditTrail.value")}: </span>
              {value(action === "DELETE" ? row.before : row.after)}
            </p>
          ) : (
            <>
              {/* On a phone an added row has no "before" worth a line, a removed one no "after". */}
              <p className={row.change === "added" ? "hidden sm:block" : undefined}><span className="me-1 text-xs text-slate-700 sm:sr-only">{t("AuditTrail.before")}:</span>{value(row.before)}</p>
              <p className={row.change === "removed" ? "hidden sm:block" : undefined}><span className="me-1 text-xs text-slate-700 sm:sr-only">{t("AuditTrail.after")}:</span>{value(row.after)}</p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Column headings over the rows on wide screens (on a phone each value carries its own). */
export function AuditChangesHead({ t }: { t: Translate }) {
  return (
    <p aria-hidden="true" className="mt-3 hidden text-xs font-semibold text-slate-700 sm:grid sm:grid-cols-3 sm:gap-3">
      <span>{t("AuditTrail.field")}</span><span>{t("AuditTrail.before")}</span><span>{t("AuditTrail.after")}</span>
    </p>
  );
}
