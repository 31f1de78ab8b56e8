import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatMoney, formatShare } from "@/lib/format/money";
import { formatCalendarDate } from "@/lib/format/dates";
import { sumCentimes } from "@/lib/grants/rules";
import type { GrantDetail } from "@/lib/grants/types";

const amountCell = "p-2 text-end whitespace-nowrap tabular-nums";

/** Who pays what, the INDH share, and the INDH contribution's tranches (programmed and paid). */
export async function GrantMoney({ grant, locale }: { grant: GrantDetail; locale: AppLocale }) {
  const t = await getTranslations("Grants.detail");
  const money = (c: bigint) => formatMoney(c, locale);
  const paid = sumCentimes(grant.tranches.filter((tr) => tr.paidOn !== null));
  return (
    <>
      <section aria-labelledby="grant-money" className="space-y-3">
        <h2 id="grant-money" className="text-xl font-bold text-brand-800">{t("money")}</h2>
        <table className="w-full bg-white text-sm">
          <tbody>
            <tr className="border-b border-slate-200"><th scope="row" className="p-2 text-start">{t("totalCost")}</th><td className={`${amountCell} font-bold`}>{money(grant.totalCostCentimes)}</td></tr>
            <tr><th scope="row" className="p-2 text-start font-normal">{t("indhContribution")}</th><td className={amountCell}>{money(grant.indhContributionCentimes)}</td></tr>
            <tr><th scope="row" className="p-2 text-start font-normal">{t("beneficiaryContribution")}</th><td className={amountCell}>{money(grant.beneficiaryContributionCentimes)}</td></tr>
            {grant.partners.map((p) => (
              <tr key={p.name}><th scope="row" className="p-2 text-start font-normal">{t("partner")} : {p.name}</th><td className={amountCell}>{money(p.amountCentimes)}</td></tr>
            ))}
            <tr className="border-t border-slate-200"><th scope="row" className="p-2 text-start">{t("indhShare")}</th><td className={amountCell}>{formatShare(grant.indhContributionCentimes, grant.totalCostCentimes, locale)}</td></tr>
          </tbody>
        </table>
        {grant.partners.length === 0 && <p className="text-sm text-slate-700">{t("noPartners")}</p>}
      </section>
      <section aria-labelledby="grant-tranches" className="space-y-3">
        <h2 id="grant-tranches" className="text-xl font-bold text-brand-800">{t("tranches")}</h2>
        {grant.tranches.length === 0 ? (
          <p className="rounded-md bg-white p-4">{t("noTranches")}</p>
        ) : (
          <table className="w-full bg-white text-sm">
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="p-2 text-start">{t("position")}</th>
                <th scope="col" className="p-2 text-start">{t("plannedOn")}</th>
                <th scope="col" className="p-2 text-end">{t("amount")}</th>
                <th scope="col" className="p-2 text-start">{t("paidOn")}</th>
              </tr>
            </thead>
            <tbody>
              {grant.tranches.map((tr) => (
                <tr key={tr.position} className="border-t border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">{tr.position}</th>
                  <td className="p-2">{formatCalendarDate(tr.plannedOn, locale)}</td>
                  <td className={amountCell}>{money(tr.amountCentimes)}</td>
                  <td className="p-2">{tr.paidOn ? formatCalendarDate(tr.paidOn, locale) : t("notPaid")}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t-2 border-slate-300">
              <tr><th scope="row" colSpan={2} className="p-2 text-start">{t("committed")}</th><td className={amountCell}>{money(sumCentimes(grant.tranches))}</td><td /></tr>
              <tr><th scope="row" colSpan={2} className="p-2 text-start">{t("paid")}</th><td className={amountCell}>{money(paid)}</td><td /></tr>
            </tfoot>
          </table>
        )}
      </section>
    </>
  );
}
