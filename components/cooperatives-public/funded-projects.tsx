import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import type { PublicCooperative } from "@/lib/cooperatives/public-queries";

/** The projects the INDH funded for the cooperative: amounts, phase, programme; one card each (phone first). */
export async function FundedProjects({ grants, locale }: { grants: PublicCooperative["grants"]; locale: AppLocale }) {
  const t = await getTranslations("PublicCooperative");
  const status = await getTranslations("Grants.status");
  return (
    <section aria-labelledby="funded-projects" className="space-y-3">
      <h2 id="funded-projects" className="text-2xl font-bold text-brand-800">{t("projects")}</h2>
      {grants.length === 0 ? (
        <p className="text-slate-700">{t("noProjects")}</p>
      ) : (
        <ul className="space-y-3" data-testid="funded-projects">
          {grants.map((g) => (
            <li key={g.id} className="space-y-2 rounded-md bg-white p-4">
              <h3 className="text-lg font-bold">{g.title}</h3>
              <p className="text-sm text-slate-700">{g.phase} — {g.programme}</p>
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-3">
                <div><dt className="text-sm text-slate-700">{t("totalCost")}</dt><dd className="font-semibold">{formatMoney(g.totalCostCentimes, locale)}</dd></div>
                <div><dt className="text-sm text-slate-700">{t("indhContribution")}</dt><dd className="font-semibold">{formatMoney(g.indhContributionCentimes, locale)}</dd></div>
                <div><dt className="text-sm text-slate-700">{t("approved")}</dt><dd>{g.approvedOn.getUTCFullYear()} — {status(g.status as "APPROVED")}</dd></div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
