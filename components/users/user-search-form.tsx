import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/auth/roles";
import type { ListParams } from "@/lib/lists/list-params";
import { inputClass } from "@/components/forms/field";

/** A plain GET form: the list's state lives in the URL and works without JavaScript. */
export async function UserSearchForm({ params }: { params: ListParams<string> }) {
  const [t, admin, lists] = await Promise.all([getTranslations("Users"), getTranslations("Admin"), getTranslations("Lists")]);
  return (
    <form method="get" role="search" className="no-print flex flex-wrap items-end gap-3">
      <input type="hidden" name="sort" value={params.sort} />
      <input type="hidden" name="dir" value={params.dir} />
      <div className="space-y-1">
        <label htmlFor="users-q" className="block font-semibold">{t("searchLabel")}</label>
        <input id="users-q" name="q" type="search" defaultValue={params.q} className={inputClass} />
      </div>
      <div className="space-y-1">
        <label htmlFor="users-role" className="block font-semibold">{t("role")}</label>
        <select id="users-role" name="role" defaultValue={params.filters.role ?? ""} className={inputClass}>
          <option value="">{lists("all")}</option>
          {ROLES.map((role) => <option key={role} value={role}>{admin(`roles.${role}`)}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="users-status" className="block font-semibold">{t("status")}</label>
        <select id="users-status" name="status" defaultValue={params.filters.status ?? ""} className={inputClass}>
          <option value="">{lists("all")}</option>
          <option value="active">{t("statusActive")}</option>
          <option value="inactive">{t("statusInactive")}</option>
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{lists("searchButton")}</button>
    </form>
  );
}
