import { getTranslations } from "next-intl/server";

/** Marks a demonstration record, so no one mistakes it for a real grant. */
export async function GrantDemoBadge() {
  const t = await getTranslations("Grants.list");
  return <span className="ms-2 inline-block rounded bg-ochre-100 px-2 py-0.5 text-xs font-semibold text-ochre-700">{t("demo")}</span>;
}
