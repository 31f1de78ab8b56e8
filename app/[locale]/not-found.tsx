import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";

export default async function LocaleNotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <ServerLink href="/" className="text-brand-700 underline">
          {t("home")}
        </ServerLink>
      </p>
    </div>
  );
}
