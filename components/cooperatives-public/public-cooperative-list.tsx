import { getTranslations } from "next-intl/server";
import { ServerLink } from "@/lib/i18n/server-link";
import type { PublicCooperativeLink } from "@/lib/cooperatives/public-queries";

/** The results page's links to the cooperatives that have a public page. */
export async function PublicCooperativeList({ cooperatives }: { cooperatives: PublicCooperativeLink[] }) {
  if (cooperatives.length === 0) return null;
  const t = await getTranslations("PublicCooperative");
  return (
    <section aria-labelledby="public-cooperatives" className="space-y-3" data-testid="public-cooperatives">
      <h2 id="public-cooperatives" className="text-2xl font-bold text-brand-800">{t("listTitle")}</h2>
      <p className="text-slate-800">{t("listLead")}</p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {cooperatives.map((c) => (
          <li key={c.id} className="rounded-md bg-white p-3">
            <ServerLink href={`/cooperatives/${c.id}`} className="font-semibold text-brand-700 underline">{c.name}</ServerLink>
            <p className="text-sm text-slate-700">{c.commune}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
