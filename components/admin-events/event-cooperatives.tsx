import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { addEventCooperativeAction, removeEventCooperativeAction } from "@/lib/cooperatives/publication-actions";
import { EventCooperativeAddForm, EventCooperativeRemoveButton } from "@/components/admin-events/event-cooperative-forms";

type Listed = { id: number; name: string; commune: string; registerNumber: string; isPublic: boolean };

/** The cooperatives presented at the event: the public page links those with a public page of their own. */
export async function EventCooperatives({ eventId, cooperatives, canWrite }: { eventId: number; cooperatives: Listed[]; canWrite: boolean }) {
  const t = await getTranslations("EventCooperatives");
  return (
    <section aria-labelledby="event-cooperatives" className="space-y-3" data-testid="event-cooperatives-admin">
      <h2 id="event-cooperatives" className="text-xl font-bold text-brand-800">{t("title")}</h2>
      <p className="text-slate-700">{t("lead")}</p>
      {cooperatives.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {cooperatives.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3 rounded-md bg-white p-3">
              <Link href={`/admin/cooperatives/${c.id}`} className="font-semibold text-brand-800 underline">{c.name}</Link>
              <span className="text-sm text-slate-700">{c.commune} — <bdi dir="ltr">{c.registerNumber}</bdi> — {c.isPublic ? t("publicPage") : t("noPublicPage")}</span>
              {canWrite && <EventCooperativeRemoveButton action={removeEventCooperativeAction.bind(null, eventId, c.id)} label={t("remove")} />}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <EventCooperativeAddForm action={addEventCooperativeAction.bind(null, eventId)} />}
    </section>
  );
}
