import { getTranslations } from "next-intl/server";

/** Marks a demonstration record so nobody mistakes it for a real cooperative. */
export async function DemoBadge() {
  const t = await getTranslations("Cooperatives");
  return (
    <span title={t("demoHint")} className="ms-2 inline-block rounded bg-ochre-100 px-1.5 py-0.5 text-xs font-semibold text-ochre-700">
      {t("demo")}
    </span>
  );
}
