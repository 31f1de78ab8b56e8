import { getTranslations } from "next-intl/server";

// Colour says where the file stands: waiting (ochre), going on (brand), stopped (red).
const COLOURS: Record<string, string> = {
  RECEIVED: "bg-ochre-100 text-slate-900 border-ochre-700/50",
  ELIGIBLE: "bg-brand-50 text-brand-800 border-brand-600",
  APPROVED: "bg-brand-50 text-brand-800 border-brand-600",
  INELIGIBLE: "bg-red-50 text-red-900 border-red-300",
  REJECTED: "bg-red-50 text-red-900 border-red-300",
};

export async function ApplicationStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("Screening.status");
  const colours = COLOURS[status] ?? "bg-slate-100 text-slate-900 border-slate-300";
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm font-semibold ${colours}`}>{t(status as "RECEIVED")}</span>;
}
