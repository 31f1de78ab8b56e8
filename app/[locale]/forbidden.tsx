import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";

// Rendered with HTTP 403 when requireUser() calls forbidden(): a read-only role (manager, auditor) on a
// page that writes, or a non-administrator on an administration page. It must not read the session (or
// any cookie): Next renders this boundary with every page below [locale], the static public pages too.
export default async function LocaleForbidden() {
  const t = await getTranslations("Forbidden");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <ServerLink href="/admin" className="text-brand-700 underline">
          {t("back")}
        </ServerLink>
      </p>
    </div>
  );
}
