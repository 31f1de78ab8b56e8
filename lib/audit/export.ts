import "server-only";
// The filtered trail as a spreadsheet (CSV or XLSX through the list exports' writers): one line per changed
// field, in the same readable words as the page (labels, names, MAD, day-first dates), each line carrying
// its entry's time, user, action and record so that the file can be sorted and filtered on its own.
import type { SessionUser } from "@/lib/auth/types";
import type { AppLocale } from "@/lib/i18n/locales";
import { directionOf } from "@/lib/i18n/locales";
import { text, type ExportTable } from "@/lib/exports/export-table";
import { withoutBidiControls } from "@/lib/format/bidi";
import { toZonedIsoString } from "@/lib/format/dates";
import { presentChanges, recordName, typeLabel, type Translate } from "@/lib/audit/present";
import { messagesTranslator } from "@/lib/audit/translate";
import { formatDay } from "@/lib/audit/present";
import type { AuditFilters } from "@/lib/audit/filters";
import { AUDIT_EXPORT_MAX, listAuditEntries } from "@/lib/audit/queries-page";

const COLUMNS = ["at", "user", "action", "type", "record", "id", "field", "change", "before", "after", "reason"] as const;

/** "09/07/2025 10:00", Moroccan time. */
export function exportTime(at: Date): string {
  const iso = toZonedIsoString(at);
  return `${formatDay(iso)} ${iso.slice(11, 16)}`;
}

function notes(filters: AuditFilters, t: Translate, now: Date, total: number): string[] {
  const lines = [t("AuditTrail.exportedAt", { time: exportTime(now) })];
  const described: [string, string | undefined][] = [
    ["Audit.entityType", filters.entityType && typeLabel(filters.entityType, t)],
    ["Audit.recordSearch", filters.record],
    ["Audit.entityId", filters.entityId],
    ["Audit.user", filters.userEmail],
    ["Audit.action", filters.action && t(`History.actions.${filters.action}`)],
    ["Audit.from", filters.from && formatDay(filters.from)],
    ["Audit.to", filters.to && formatDay(filters.to)],
  ];
  for (const [label, value] of described) if (value) lines.push(t("AuditTrail.filter", { label: t(label), value }));
  if (lines.length === 1) lines.push(t("AuditTrail.noFilter"));
  lines.push(t("Audit.count", { count: total }));
  return lines;
}

export async function auditExportTable(user: SessionUser, filters: AuditFilters, locale: AppLocale, now: Date): Promise<ExportTable> {
  const t = messagesTranslator(locale);
  const { entries, currentNames, total } = await listAuditEntries(user, filters, { all: true });
  const rows = entries.flatMap((entry) => {
    const head = [
      exportTime(entry.at),
      entry.userName ? `${entry.userName} <${entry.userEmail}>` : entry.userEmail,
      t(`History.actions.${entry.action}`),
      typeLabel(entry.entityType, t),
      recordName(entry, locale) ?? "",
      entry.entityId,
    ];
    const changes = presentChanges(entry, { locale, t, currentNames });
    const lines = changes.length ? changes : [null];
    return lines.map((row) => ({
      cells: [...head, row?.label ?? "", row ? t(`AuditTrail.change.${row.change}`) : "", row?.before ?? "", row?.after ?? "", entry.reason ?? ""]
        // A spreadsheet cell has its own direction: the isolates that keep an amount whole inside an Arabic
        // sentence on a page would only be invisible noise for whoever filters or parses the file.
        .map((value) => text(withoutBidiControls(value))),
    }));
  });
  const title = t("AuditTrail.exportTitle");
  return {
    name: title,
    title,
    notes: notes(filters, t, now, Math.min(total, AUDIT_EXPORT_MAX)),
    headers: COLUMNS.map((c) => t(`AuditTrail.columns.${c}`)),
    rows,
    dir: directionOf(locale),
  };
}
