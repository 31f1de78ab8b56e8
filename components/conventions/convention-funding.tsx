import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney, formatShare } from "@/lib/format/money";
import type { ConventionView } from "@/lib/conventions/types";

const amountCell = "p-2 text-end whitespace-nowrap tabular-nums";

/** Who pays what, each with its share of the total cost. */
export async function ConventionFunding({ grant, locale }: { grant: ConventionView["grant"]; locale: AppLocale }) {
  const t = await getTranslations("Conventions.page");
  const rows = [
    { name: t("indh"), amount: grant.indhContributionCentimes },
    { name: t("cooperativeShare"), amount: grant.beneficiaryContributionCentimes },
    ...grant.partners.map((p) => ({ name: p.name, amount: p.amountCentimes })),
  ];
  return (
    <table className="w-full bg-white text-sm" data-testid="convention-funding">
      <thead className="bg-brand-50">
        <tr>
          <th scope="col" className="p-2 text-start">{t("contributor")}</th>
          <th scope="col" className="p-2 text-end">{t("amount")}</th>
          <th scope="col" className="p-2 text-end">{t("share")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} className="border-t border-slate-200">
            <th scope="row" className="p-2 text-start font-normal">{r.name}</th>
            <td className={amountCell}>{formatMoney(r.amount, locale)}</td>
            <td className={amountCell}>{formatShare(r.amount, grant.totalCostCentimes, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-300">
        <tr>
          <th scope="row" className="p-2 text-start">{t("totalCost")}</th>
          <td className={`${amountCell} font-bold`}>{formatMoney(grant.totalCostCentimes, locale)}</td>
          <td className={amountCell}>{formatShare(grant.totalCostCentimes, grant.totalCostCentimes, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
