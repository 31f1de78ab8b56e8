import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/format/money";
import type { CooperativeGrantRow } from "@/lib/cooperatives/types";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The grants a cooperative received, each linking to its own page. */
export async function CooperativeGrants({ grants, locale }: { grants: CooperativeGrantRow[]; locale: AppLocale }) {
  const t = await getTranslations("Cooperatives");
  return (
    <section aria-labelledby="grants" className="space-y-3">
      <h2 id="grants" className="text-xl font-bold text-brand-800">{t("grants.title")}</h2>
      {grants.length === 0 ? (
        <p className="text-slate-700">{t("grants.empty")}</p>
      ) : (
        <ScrollRegion label={t("grants.title")} className="rounded-md border border-slate-200">
          <table className="w-full text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2 text-start">{t("grants.grantTitle")}</th>
                <th scope="col" className="p-2 text-start">{t("grants.programme")}</th>
                <th scope="col" className="p-2 text-start">{t("grants.status")}</th>
                <th scope="col" className="p-2 text-end">{t("grants.totalCost")}</th>
                <th scope="col" className="p-2 text-end">{t("grants.indhContribution")}</th>
              </tr>
            </thead>
            <tbody>
              {grants.map((g) => (
                <tr key={g.id} className="border-t border-slate-100 align-top">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link href={`/admin/grants/${g.id}`} className="text-brand-800 underline">{g.title}</Link>
                  </th>
                  <td className="p-2">{g.programmeName}</td>
                  <td className="p-2">{t.has(`grantStatus.${g.status}`) ? t(`grantStatus.${g.status}` as "grantStatus.APPROVED") : g.status}</td>
                  <td className="p-2 text-end whitespace-nowrap">{formatMoney(g.totalCostCentimes, locale)}</td>
                  <td className="p-2 text-end whitespace-nowrap">{formatMoney(g.indhContributionCentimes, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
