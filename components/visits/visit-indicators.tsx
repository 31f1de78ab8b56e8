import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatCount, formatMoney } from "@/lib/format/money";
import type { StoredBaseline, StoredVisit } from "@/lib/visits/snapshot";

type Row = { key: "jobs" | "jobsWomen" | "jobsYoung" | "members" | "annualRevenue" | "productionQuantity"; at: number | bigint | null; base: number | bigint | null };

/** The indicators measured at the visit beside the baseline, and the change since approval. */
export async function VisitIndicators({ visit, baseline, locale }: { visit: StoredVisit; baseline: StoredBaseline | null; locale: AppLocale }) {
  const t = await getTranslations("Visits");
  const rows: Row[] = [
    { key: "jobs", at: visit.jobs, base: baseline?.jobs ?? null },
    { key: "jobsWomen", at: visit.jobsWomen, base: baseline?.jobsWomen ?? null },
    { key: "jobsYoung", at: visit.jobsYoung, base: baseline?.jobsYoung ?? null },
    { key: "members", at: visit.members, base: baseline?.members ?? null },
    { key: "annualRevenue", at: visit.annualRevenueCentimes, base: baseline?.annualRevenueCentimes ?? null },
    { key: "productionQuantity", at: visit.productionQuantity, base: baseline?.productionQuantity ?? null },
  ];
  const show = (v: number | bigint | null, signed = false) =>
    v === null ? "—" : typeof v === "bigint" ? formatMoney(v, locale, { signed }) : formatCount(v, locale, { signed });
  const change = (r: Row) =>
    r.at === null || r.base === null ? null : typeof r.at === "bigint" ? r.at - BigInt(r.base) : r.at - Number(r.base);
  const unit = baseline ? (locale === "ar" ? baseline.productionUnitAr : baseline.productionUnitFr) : "";
  return (
    <section aria-labelledby="visit-indicators" className="space-y-3">
      <h2 id="visit-indicators" className="text-xl font-bold text-brand-800">{t("detail.indicators")}</h2>
      {!baseline && <p className="text-sm text-slate-700">{t("detail.noBaselineYet")}</p>}
      <div className="overflow-x-auto">
        <table className="w-full rounded-md bg-white text-start" data-testid="visit-indicators">
          <thead>
            <tr className="border-b border-slate-300 text-sm text-slate-700">
              <th scope="col" className="p-2 text-start">{t("detail.indicator")}</th>
              <th scope="col" className="p-2 text-end">{t("detail.atVisit")}</th>
              <th scope="col" className="p-2 text-end">{t("detail.atApproval")}</th>
              <th scope="col" className="p-2 text-end">{t("detail.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100">
                <th scope="row" className="p-2 text-start font-semibold">{t(`form.${r.key}`)}{r.key === "productionQuantity" && unit ? ` (${unit})` : ""}</th>
                <td className="p-2 text-end tabular-nums">{show(r.at)}</td>
                <td className="p-2 text-end tabular-nums">{show(r.base)}</td>
                <td className="p-2 text-end tabular-nums">{show(change(r), true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
