import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ListParams } from "@/lib/lists/list-params";
import type { UserListRow } from "@/lib/users/types";
import { SortHeader } from "@/components/admin/sort-header";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Props = { rows: UserListRow[]; params: ListParams<string>; pathname: string; showPrefecture: boolean };

export async function UserTable({ rows, params, pathname, showPrefecture }: Props) {
  const [t, admin, lists, locale] = await Promise.all([getTranslations("Users"), getTranslations("Admin"), getTranslations("Lists"), getLocale()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <ScrollRegion label={t("title")}>
      <table className="w-full border-collapse text-sm">
        <thead className="bg-brand-50">
          <tr>
            <SortHeader label={t("email")} sort="email" pathname={pathname} params={params} />
            <SortHeader label={t("name")} sort="name" pathname={pathname} params={params} />
            <SortHeader label={t("role")} sort="role" pathname={pathname} params={params} />
            {showPrefecture && <th scope="col" className="p-2 text-start">{t("prefecture")}</th>}
            <th scope="col" className="p-2 text-start">{t("national")}</th>
            <th scope="col" className="p-2 text-start">{t("status")}</th>
            <th scope="col" className="p-2 text-start">{lists("actions")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <tr key={user.id} className="border-t border-slate-200">
              <td className="p-2 text-start" dir="ltr">{user.email}</td>
              <td className="p-2">{user.name}</td>
              <td className="p-2">{admin(`roles.${user.role}` as "roles.ADMIN")}</td>
              {showPrefecture && <td className="p-2">{localized(locale as AppLocale, user.prefectureNameAr, user.prefectureNameFr)}</td>}
              <td className="p-2">{user.isNational ? t("yes") : t("no")}</td>
              <td className="p-2">{user.isActive ? t("statusActive") : <span className="font-semibold text-red-800">{t("statusInactive")}</span>}</td>
              <td className="p-2">
                <Link href={`/admin/users/${user.id}`} className="underline">{lists("edit")}<span className="sr-only"> {user.email}</span></Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
