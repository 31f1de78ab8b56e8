import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/format/dates";
import { intFilter } from "@/lib/lists/list-params";
import { getRecordHistory } from "@/lib/audit/queries";
import { getManagedUser } from "@/lib/users/queries";
import { resetUserPasswordAction, updateUserAction } from "@/lib/users/actions";
import { UserEditForm } from "@/components/users/user-edit-form";
import { ResetPasswordForm } from "@/components/users/reset-password-form";
import { RecordHistory } from "@/components/admin/record-history";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Users"))("title") };
}

export default async function UserPage({ params }: Props) {
  const admin = await requireUser("users.manage");
  const id = intFilter((await params).id);
  // Outside the admin's prefecture, the account does not exist for them.
  const user = id ? await getManagedUser(admin, id) : null;
  if (!user) notFound();
  const [t, adminT, locale, history] = await Promise.all([getTranslations("Users"), getTranslations("Admin"), getLocale() as Promise<AppLocale>, getRecordHistory(admin, "User", user.id)]);
  const locked = user.isNational && !admin.isNational;
  return (
    <div className="space-y-6">
      <Link href="/admin/users" className="underline">{t("back")}</Link>
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle", { email: user.email })}</h1>
      <p className="text-sm text-slate-700">
        {user.isNational && `${t("national")} · `}
        {t("passwordChangedAt", { date: formatDateTime(user.passwordChangedAt, locale) })}
      </p>
      {user.id === admin.id && <p className="rounded-md bg-brand-50 p-3">{t("selfNote")}</p>}
      {locked ? (
        <p className="rounded-md bg-brand-50 p-3">{t("nationalLocked")}</p>
      ) : (
        <>
          <UserEditForm action={updateUserAction.bind(null, user.id)} user={user} roles={ROLES.map((role) => ({ value: role, label: adminT(`roles.${role}`) }))} />
          <ResetPasswordForm action={resetUserPasswordAction.bind(null, user.id)} />
        </>
      )}
      <RecordHistory history={history} />
    </div>
  );
}
