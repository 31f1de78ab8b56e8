import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import { intFilter } from "@/lib/lists/list-params";
import type { AppLocale } from "@/lib/i18n/locales";
import { prefectureSelectOptions } from "@/lib/territory/prefecture-options";
import { UserCreateForm } from "@/components/users/user-create-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Users"))("newTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewUserPage({ searchParams }: Props) {
  const user = await requireUser("users.manage");
  // "Create its first user" on a prefecture's page comes here with ?prefecture=<id> chosen in advance.
  const chosen = intFilter(String((await searchParams).prefecture ?? ""));
  const [t, admin, locale] = await Promise.all([getTranslations("Users"), getTranslations("Admin"), getLocale() as Promise<AppLocale>]);
  // Only a national admin chooses the prefecture and may grant national rights.
  const prefectures = user.isNational ? await prefectureSelectOptions(locale) : null;
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <UserCreateForm roles={ROLES.map((role) => ({ value: role, label: admin(`roles.${role}`) }))} prefectures={prefectures} defaultPrefectureId={(prefectures?.some((p) => p.value === chosen) && chosen) || user.prefectureId} />
    </div>
  );
}
