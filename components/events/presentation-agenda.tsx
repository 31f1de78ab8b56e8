import { getTranslations } from "next-intl/server";
import type { PublicPresentation } from "@/lib/events/types";

export async function PresentationAgenda({ presentations }: { presentations: PublicPresentation[] }) {
  const t = await getTranslations("Event");
  return (
    <section aria-labelledby="agenda" className="space-y-4">
      <h2 id="agenda" className="text-2xl font-bold text-brand-800">
        {t("agenda")}
      </h2>
      <ol className="space-y-4">
        {presentations.map((p) => (
          <li key={p.position} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-sm font-semibold text-brand-700">{t("presentationNumber", { position: p.position })}</p>
            <h3 className="mt-1 text-lg font-bold text-slate-900">{p.title}</h3>
            <p className="mt-1 text-slate-700">
              {t("presentedBy", { role: p.presenterRole })}
              {p.organisation && ` — ${p.organisation.name}${p.organisation.acronym ? ` (${p.organisation.acronym})` : ""}`}
            </p>
            <p className="mt-2 text-slate-800">{p.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
