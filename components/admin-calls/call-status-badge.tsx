import { getTranslations } from "next-intl/server";

/** Drafts and cancelled calls stand out: the public cannot see them. */
export async function CallStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("Calls.admin.status");
  const colours =
    status === "PUBLISHED" ? "bg-brand-50 text-brand-800 border-brand-600"
    : status === "CANCELLED" ? "bg-red-50 text-red-900 border-red-700/50"
    : "bg-ochre-100 text-slate-900 border-ochre-700/50";
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${colours}`}>{t(status as "DRAFT")}</span>;
}
