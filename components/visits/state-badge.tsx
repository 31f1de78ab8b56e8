import { getTranslations } from "next-intl/server";
import type { ProjectState } from "@/lib/visits/schema";

const COLOURS: Record<ProjectState, string> = {
  ON_TRACK: "bg-brand-50 text-brand-800",
  AT_RISK: "bg-ochre-100 text-slate-900",
  STALLED: "bg-red-100 text-red-900",
  COMPLETED: "bg-brand-700 text-white",
  CLOSED: "bg-slate-200 text-slate-900",
};

/** The project's state as a visit found it: a word, with a colour that only repeats it. */
export async function StateBadge({ state }: { state: string }) {
  const t = await getTranslations("Visits.states");
  const known = state in COLOURS ? (state as ProjectState) : "CLOSED";
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${COLOURS[known]}`}>{t(known)}</span>;
}
