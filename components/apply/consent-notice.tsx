import { getTranslations } from "next-intl/server";

/** The law 09-08 notice: what is kept, why, for how long, who sees it, and how to ask for a correction. */
export async function ConsentNotice() {
  const t = await getTranslations("Apply.notice");
  return (
    <section aria-labelledby="consent-notice-title" className="space-y-2 rounded-md border border-slate-300 bg-white p-4 text-sm leading-relaxed">
      <h3 id="consent-notice-title" className="text-base font-bold text-slate-900">{t("title")}</h3>
      <p>{t("what")}</p>
      <p>{t("why")}</p>
      <p>{t("howLong")}</p>
      <p>{t("who")}</p>
      <p>{t("rights")}</p>
    </section>
  );
}
