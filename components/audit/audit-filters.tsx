import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AUDIT_ACTIONS, type AuditFilters } from "@/lib/audit/queries-page";
import { inputClass } from "@/components/forms/field";

/** A GET form: the filtered view lives in the URL, can be bookmarked and works without JavaScript. */
export async function AuditFiltersForm({ filters, entityTypes }: { filters: AuditFilters; entityTypes: string[] }) {
  const [t, history, dates] = await Promise.all([getTranslations("Audit"), getTranslations("History"), getTranslations("DateInput")]);
  const typeLabel = (type: string) => (t.has(`entityTypes.${type}` as "entityTypes.User") ? t(`entityTypes.${type}` as "entityTypes.User") : type);
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`audit-${id}`} className="block font-semibold">{label}</label>
      {control}
    </div>
  );
  return (
    <form method="get" role="search" aria-label={t("filters")} className="no-print grid gap-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      {field("entityType", t("entityType"), (
        <select id="audit-entityType" name="entityType" defaultValue={filters.entityType ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {entityTypes.map((type) => <option key={type} value={type}>{typeLabel(type)}</option>)}
        </select>
      ))}
      {field("action", t("action"), (
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{history(`actions.${a}`)}</option>)}
        </select>
      ))}
      {field("userEmail", t("userEmail"), <input id="audit-userEmail" name="userEmail" type="search" dir="ltr" defaultValue={filters.userEmail ?? ""} className={inputClass} />)}
      {field("entityId", t("entityId"), <input id="audit-entityId" name="entityId" type="search" dir="ltr" defaultValue={filters.entityId ?? ""} className={inputClass} />)}
      {/* Day first whatever the browser's language, like every date field (components/forms/date-field.tsx). */}
      {field("from", t("from"), <input id="audit-from" name="from" type="text" inputMode="numeric" dir="ltr" placeholder={dates("placeholder")} aria-describedby="audit-date-hint" defaultValue={filters.from ?? ""} className={inputClass} />)}
      {field("to", t("to"), <input id="audit-to" name="to" type="text" inputMode="numeric" dir="ltr" placeholder={dates("placeholder")} aria-describedby="audit-date-hint" defaultValue={filters.to ?? ""} className={inputClass} />)}
      <p id="audit-date-hint" className="text-sm text-slate-600 sm:col-span-2 lg:col-span-3">{dates("hint")}</p>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
        <Link href="/admin/audit" className="underline">{t("reset")}</Link>
      </div>
    </form>
  );
}
