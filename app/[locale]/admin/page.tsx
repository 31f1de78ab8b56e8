import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";

export default async function AdminHome() {
  const user = await requireUser();
  const t = await getTranslations("Admin");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("welcome", { name: user.name })}</h1>
      <p className="text-lg">{t("overviewLead")}</p>
      {!can(user.role, "records.write") && <p className="rounded-md bg-brand-50 p-3">{t("readOnly")}</p>}
    </div>
  );
}
