import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AUDIT_ACTIONS, type AuditFilters } from "@/lib/audit/filters";
import { inputClass } from "@/components/forms/field";

/**
 * A GET form: the filtered view lives in the URL, can be bookmarked and works without JavaScript. The
 * period is typed day first (15/03/2025) whatever the browser's language, so it is a text field with the
 * format shown; a day nobody can read is kept as typed and explained next to the field.
 */
export async function AuditFiltersForm({ filters, entityTypes }: { filters: AuditFilters; entityTypes: string[] }) {
  const [t, history] = await Promise.all([getTranslations("Audit"), getTranslations("History")]);
  const typeLabel = (type: string) => (t.has(`entityTypes.${type}` as "entityTypes.User") ? t(`entityTypes.${type}` as "entityTypes.User") : type);
  const field = (id: string, label: string, control: React.ReactNode, below?: React.ReactNode) => (
    <div className="space-y-1">
      <label htmlFor={`audit-${id}`} className="block font-semibold">{label}</label>
      {control}
      {below}
    </div>
  );
  const day = (key: "from" | "to") => {
    const invalid = filters.invalid.includes(key);
    const describedBy = `audit-${key}-hint${invalid ? ` audit-${key}-error` : ""}`;
    return field(key, t(key), (
      <input id={`audit-${key}`} name={key} type="text" inputMode="numeric" autoComplete="off" placeholder="15/03/2025" dir="ltr"
        defaultValue={key === "from" ? filters.fromText ?? "" : filters.toText ?? ""} aria-invalid={invalid || undefined} aria-describedby={describedBy} className={`${inputClass} text-start`} />
    ), (
      <>
        <p id={`audit-${key}-hint`} className="text-xs text-slate-700">{t("dateHint")}</p>
        {invalid && <p id={`audit-${key}-error`} className="text-sm font-semibold text-red-800">{t("badDate")}</p>}
      </>
    ));
  };
  return (
    <form method="get" role="search" aria-label={t("filters")} className="no-print grid gap-3 rounded-md border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
      {field("entityType", t("entityType"), (
        <select id="audit-entityType" name="entityType" defaultValue={filters.entityType ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {entityTypes.map((type) => <option key={type} value={type}>{typeLabel(type)}</option>)}
        </select>
      ))}
      {field("record", t("recordSearch"), <input id="audit-record" name="record" type="search" defaultValue={filters.record ?? ""} className={inputClass} />)}
      {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
      {field("userEmail", t("user"), <input id="audit-userEmail" name="userEmail" type="search" defaultValue={filters.userEmail ?? ""} className={inputClass} />)}
      {field("action", t("action"), (
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
          <option value="">{t("any")}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{history(`actions.${a}`)}</option>)}
        </select>
      ))}
      {day("from")}
      {day("to")}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
        <Link href="/admin/audit" className="underline">{t("reset")}</Link>
      </div>
    </form>
  );
}
