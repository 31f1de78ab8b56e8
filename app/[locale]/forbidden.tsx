import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getSessionUser } from "@/lib/auth/session";

// Rendered with HTTP 403 when requireUser() calls forbidden(): a read-only role (manager, auditor) on a
// page that writes, or a non-administrator on an administration page.
export default async function LocaleForbidden() {
  const t = await getTranslations("Forbidden");
  const admin = await getTranslations("Admin");
  const user = await getSessionUser();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{user ? t("body", { role: admin(`roles.${user.role}` as "roles.ADMIN") }) : t("bodyNoRole")}</p>
      <p>
        <Link href="/admin" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
