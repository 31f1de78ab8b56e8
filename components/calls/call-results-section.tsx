import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import type { CallResults } from "@/lib/calls/results-queries";
import { formatMoney } from "@/lib/format/money";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The committee's results as the call's page shows them once made public. */
export async function CallResultsSection({ results, locale }: { results: CallResults; locale: AppLocale }) {
  const t = await getTranslations("Calls.page");
  return (
    <section aria-labelledby="call-results" className="space-y-3" data-testid="call-results">
      <h2 id="call-results" className="text-2xl font-bold text-brand-800">{t("results")}</h2>
      <p className="text-lg font-semibold" data-testid="applications-received" data-count={results.applicationsReceived}>{t("applicationsReceived", { count: results.applicationsReceived })}</p>
      <h3 className="text-xl font-bold text-slate-900">{t("approvedTitle")}</h3>
      {results.approved.length === 0 ? (
        <p>{t("noApproved")}</p>
      ) : (
        <ScrollRegion label={t("approvedTitle")}>
          <table className="w-full border-collapse bg-white">
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="p-2 text-start">{t("cooperative")}</th>
                <th scope="col" className="p-2 text-start">{t("commune")}</th>
                <th scope="col" className="p-2 text-end">{t("approvedAmount")}</th>
              </tr>
            </thead>
            <tbody>
              {results.approved.map((p, i) => (
                <tr key={i} className="border-t border-slate-200">
                  <td className="p-2">{p.cooperative}</td>
                  <td className="p-2">{p.commune}</td>
                  <td className="p-2 text-end tabular-nums">{formatMoney(p.approvedAmountCentimes, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
