import { getTranslations } from "next-intl/server";

/** Shown on every workspace page while demo data or demo accounts exist, with the command that removes them. */
export async function DemoBanner() {
  const t = await getTranslations("Demo");
  return (
    <section aria-label={t("workspaceBannerLabel")} data-testid="demo-banner" className="mb-6 rounded-md border border-ochre-700/40 bg-ochre-100 px-4 py-3 text-sm text-slate-900">
      {t("workspaceBanner")}{" "}
      <code dir="ltr" className="whitespace-nowrap rounded bg-white px-1.5 py-0.5 font-mono text-slate-900">npm run db:demo:remove</code>
    </section>
  );
}
