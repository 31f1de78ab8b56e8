import { getTranslations } from "next-intl/server";

/** PLANNED / HELD of a session, or a decision (APPROVED, DEFERRED, REJECTED, none yet) of an agenda item. */
export async function CommitteeBadge({ kind, value }: { kind: "status" | "decision"; value: string | null }) {
  const t = await getTranslations(`Committee.${kind}`);
  const colours =
    value === "HELD" || value === "APPROVED" ? "bg-brand-50 text-brand-800 border-brand-600"
      : value === "REJECTED" ? "bg-red-50 text-red-900 border-red-700"
        : "bg-ochre-100 text-slate-900 border-ochre-700/50";
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${colours}`}>{t((value ?? "none") as "HELD")}</span>;
}
