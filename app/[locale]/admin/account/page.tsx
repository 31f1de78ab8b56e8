import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("Auth");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("changePasswordTitle")}</h1>
      <p dir="ltr" className="text-start text-slate-700">{user.email}</p>
      <ChangePasswordForm />
    </div>
  );
}
