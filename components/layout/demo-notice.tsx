import { getTranslations } from "next-intl/server";

/** Shown on every page whose figures include demonstration records, so no one mistakes them for real. */
export async function DemoNotice() {
  const t = await getTranslations("Demo");
  return (
    <p role="note" data-testid="demo-notice" className="rounded-md border border-ochre-700/40 bg-ochre-100 px-4 py-2 text-sm text-ochre-700">
      {t("notice")}
    </p>
  );
}
