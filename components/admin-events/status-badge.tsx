import { getTranslations } from "next-intl/server";

/** Drafts stand out: they are the records the public cannot see. */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("AdminEvents.status");
  const colours = status === "PUBLISHED" ? "bg-brand-50 text-brand-800 border-brand-600" : "bg-ochre-100 text-slate-900 border-ochre-700/50";
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${colours}`}>{t(status as "DRAFT")}</span>;
}
