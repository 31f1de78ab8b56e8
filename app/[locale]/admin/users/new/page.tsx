import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/locales";
import { listPrefectureOptions } from "@/lib/territory/queries";
import { UserCreateForm } from "@/components/users/user-create-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Users"))("newTitle") };
}

export default async function NewUserPage() {
  const user = await requireUser("users.manage");
  const [t, admin, locale] = await Promise.all([getTranslations("Users"), getTranslations("Admin"), getLocale() as Promise<AppLocale>]);
  // Only a national admin chooses the prefecture and may grant national rights.
  const prefectures = user.isNational ? (await listPrefectureOptions()).map((p) => ({ value: p.id, label: localized(locale, p.nameAr, p.nameFr) })) : null;
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <UserCreateForm roles={ROLES.map((role) => ({ value: role, label: admin(`roles.${role}`) }))} prefectures={prefectures} defaultPrefectureId={user.prefectureId} />
    </div>
  );
}
